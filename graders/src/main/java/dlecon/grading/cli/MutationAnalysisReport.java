package dlecon.grading.cli;

import dlecon.grading.engine.GradingOptions;
import dlecon.grading.engine.GradingRun;
import dlecon.grading.mutation.Equivalents;
import dlecon.grading.mutation.MutationAnalysis;
import dlecon.grading.mutation.MutationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code grade --mutation-analysis}: mutates the project's reference automatically and reports, per exercise, how
 * many mutants the grader suites kill; exit code {@value #WEAK} when an exercise is under the target or a survivor
 * is undocumented.
 */
final class MutationAnalysisReport {

    /** Exit code of an analysis that did not pass. */
    static final int WEAK = 3;

    private MutationAnalysisReport() {
    }

    static int run(GradingOptions options, int workers, int sample, long sampleSeed, String only, Path out)
            throws IOException {
        Path solutions = SubmissionResolver.projectRoot().resolve("reference/src/main/java/dlecon/solution");
        if (!Files.isDirectory(solutions)) {
            throw new UsageError("--mutation-analysis needs the reference sources at " + solutions);
        }
        if (sample < 0) {
            throw new UsageError("--sample must be 0 (all mutants) or positive, not " + sample);
        }
        try {
            java.util.regex.Pattern.compile(only);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new UsageError("--only is not a regular expression: " + e.getDescription());
        }
        MutationAnalysis.Options o = new MutationAnalysis.Options(options.exercises(), options.salt(), workers, sample,
                sampleSeed, options.limits().heapMegabytes(), only);
        MutationAnalysis.Result result = new MutationAnalysis(o, solutions, GradingRun.harnessClassPath(), System.err)
                .run();
        MutationReport report = new MutationReport(result, Equivalents.load());
        System.out.print(report.text());
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("mutation-analysis.md"), report.text(), StandardCharsets.UTF_8);
        }
        return report.problems().isEmpty() ? 0 : WEAK;
    }
}
