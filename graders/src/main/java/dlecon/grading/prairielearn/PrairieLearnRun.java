package dlecon.grading.prairielearn;

import dlecon.grading.engine.GradingOptions;
import dlecon.grading.hosted.HostedGrading;
import dlecon.grading.hosted.Upload;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.GradeReport;
import dlecon.grading.report.Feedback;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the PrairieLearn external grader: grades {@code ROOT/student} (the submitted files, {@code ROOT} being
 * {@code /grade} in the grading container) through {@link HostedGrading} and writes
 * {@code ROOT/results/results.json} in every case. Not gradable (PrairieLearn charges no attempt), with the reason as
 * format errors: no exercise sources in the upload (or none of the exercises the question grades), a refused zip, or
 * no exercise that compiled (each compile error listed). A grader failure is reported as not succeeded and not
 * gradable. The process exits 0 whenever it wrote the results: PrairieLearn reads them only after exit code 0.
 */
public final class PrairieLearnRun {

    /** Compile error lines shown as format errors at most. */
    private static final int ERRORS_SHOWN = 40;

    private final GradingOptions options;

    /** @param options which tests run and how (all tests of the exercises the question grades) */
    public PrairieLearnRun(GradingOptions options) {
        this.options = options;
    }

    /**
     * Grades {@code root/student} into {@code root/results/results.json}; the console summary goes to {@code log}.
     *
     * @return 0: the results are written in every case (an IOException when not even that is possible)
     */
    public int run(Path root, PrintStream log) throws IOException {
        Path results = root.resolve("results").resolve("results.json");
        HostedGrading.run("student", root.resolve("student"), options, log, new HostedGrading.Outcome() {
            @Override
            public void unreadable(String reason) throws IOException {
                ResultsJson.notGradable(results, "Your submission could not be read.", List.of(reason));
            }

            @Override
            public void nothingFound(String listing) throws IOException {
                ResultsJson.notGradable(results, Upload.EXPECTED, List.of("Files received: " + listing));
            }

            @Override
            public void graded(GradeReport report, String listing) throws IOException {
                List<String> errors = compileErrors(report);
                if (report.exercises().stream().allMatch(e -> e.status() == ExerciseStatus.NOT_SUBMITTED)) {
                    ResultsJson.notGradable(results, "No sources of " + String.join(", ", report.exercises()
                            .stream().map(e -> e.exercise().name()).toList()) + " in your upload (the exercise(s) "
                            + "this question grades), so nothing was graded.", List.of("Files received: " + listing));
                } else if (!errors.isEmpty()) {
                    ResultsJson.notGradable(results, "Nothing compiled, so nothing was graded (no attempt used): fix "
                            + "the compile errors and submit again.", errors);
                } else {
                    ResultsJson.write(results, report);
                }
            }

            @Override
            public void failed(Exception e) throws IOException {
                ResultsJson.failed(results, e.toString());
            }
        });
        return 0;
    }

    /**
     * The compile errors when no exercise of the report compiled and at least one failed to (an exercise absent from
     * the upload does not count), else an empty list.
     */
    static List<String> compileErrors(GradeReport report) {
        List<ExerciseResult> submitted = report.exercises().stream()
                .filter(e -> e.status() != ExerciseStatus.NOT_SUBMITTED).toList();
        if (submitted.isEmpty() || submitted.stream().anyMatch(e -> e.status() != ExerciseStatus.COMPILE_ERROR)) {
            return List.of();
        }
        List<String> errors = new ArrayList<>();
        for (ExerciseResult e : submitted) {
            Feedback.problems(e).forEach(p -> errors.add(e.exercise().name() + ": " + p));
        }
        return errors.size() <= ERRORS_SHOWN ? errors : errors.subList(0, ERRORS_SHOWN);
    }
}
