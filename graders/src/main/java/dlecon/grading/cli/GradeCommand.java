package dlecon.grading.cli;

import dlecon.grading.classroom50.ResultV1;
import dlecon.grading.engine.GradingRun;
import dlecon.grading.engine.SubmissionArchive;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.Timings;
import dlecon.grading.report.ConsoleWriter;
import dlecon.grading.report.Reports;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code grade SUBMISSION [--out DIR]}: grades one submission; exit code 0 whenever grading completed. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade one submission: a folder laid out like the student template, or the words "
                + "'reference' or 'student-template'. Prints a table; with --out also writes results.json "
                + "(Gradescope), summary.md, junit.xml, junit/TEST-<exercise>.xml and grade.csv.")
final class GradeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SUBMISSION",
            description = "Folder, 'reference' or 'student-template'.")
    String submission;

    @Option(names = "--mutants", description = "Instead of a submission, grade every known-wrong implementation "
            + "(the reference with one typical bug) and print: bug, exercise, points lost, tests that caught it.")
    boolean mutants;

    @Option(names = "--mutation-analysis", description = "Instead of a submission, mutate the reference's solution "
            + "regions automatically, grade every mutant with its exercise's tests and print per exercise: mutants, "
            + "killed, survived, equivalent, score; then every undocumented survivor. Exit code 3 when an exercise "
            + "scores under 95%% or a survivor is undocumented. --jobs sets the worker JVMs (default: one per core), "
            + "--exercise the exercises, --salt the tests' seeds, --memory each worker's heap.")
    boolean mutationAnalysis;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "0",
            description = "With --mutation-analysis: at most N mutants per exercise, a fixed-seed choice (default 0: "
                    + "all).")
    int sample;

    @Option(names = "--sample-seed", paramLabel = "S", defaultValue = "1",
            description = "With --sample: the seed of the choice (default ${DEFAULT-VALUE}).")
    long sampleSeed;

    @Option(names = "--only", paramLabel = "REGEX", defaultValue = "",
            description = "With --mutation-analysis: only the mutants whose file:line or listed key (file, method, "
                    + "occurrence, original and mutated line) the expression finds, e.g. 'e3/Sigmoid' or ':42$'.")
    String only;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the report files into DIR.")
    Path out;

    @Option(names = "--classroom50", paramLabel = "FILE", description = "Also write Classroom 50's result.json "
            + "(who and what from the runner's environment; points counted in half points).")
    Path classroom50;

    @Spec
    CommandSpec spec;

    @Mixin
    ExerciseJobs jobs;

    @Mixin
    GradingMixin grading;

    @Override
    public Integer call() throws Exception {
        if (mutants) {
            return MutantsReport.run(grading.options(1), out);
        }
        if (mutationAnalysis) {
            int workers = spec.commandLine().getParseResult().hasMatchedOption("--jobs") ? jobs.value()
                    : Runtime.getRuntime().availableProcessors();
            return MutationAnalysisReport.run(grading.options(1), workers, sample, sampleSeed, only, out);
        }
        if (out != null && java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " is a file; give a folder (created if absent)");
        }
        if (submission == null) {
            throw new UsageError("missing SUBMISSION (a folder, reference or student-template), or --mutants, or "
                    + "--mutation-analysis");
        }
        ResultV1.Context c50 = null;
        if (classroom50 != null) {
            try {
                c50 = ResultV1.Context.fromEnvironment(System.getenv());
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
        GradeReport report;
        try (SubmissionArchive.Opened opened = SubmissionResolver.resolve(submission)) {
            report = new GradingRun(grading.options(jobs.value())).grade(opened.submission());
        }
        new ConsoleWriter().print(report, System.out);
        Timings t = report.timings();
        long graders = report.tests().mapToLong(TestResult::millis).sum();
        System.out.printf(java.util.Locale.ROOT, "Time: %.1f s wall (summed over exercises: compile %.1f s, static check"
                + " %.1f s, test JVM start %.1f s, test JVM run %.1f s of which inside grader tests %.1f s;"
                + " sandbox %s)%n", report.wallMillis() / 1e3, t.compileMillis() / 1e3, t.checkMillis() / 1e3,
                t.jvmStartMillis() / 1e3, t.testMillis() / 1e3, graders / 1e3, report.sandbox());
        if (c50 != null) {
            Path file = classroom50.toAbsolutePath();
            java.nio.file.Files.createDirectories(file.getParent());
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file)) {
                ResultV1.write(report, c50, w);
            }
            System.out.println("Classroom 50 result written to " + file);
        }
        if (out != null) {
            Reports.writeAll(report, out);
            System.out.println("Reports written to " + out.toAbsolutePath());
        }
        return 0;
    }
}
