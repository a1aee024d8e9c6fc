package dlecon.grading.cli;

import dlecon.grading.prairielearn.PrairieLearnRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prairielearn [--root DIR]}: one run of the PrairieLearn external grader ({@code ci/prairielearn/run}). */
@Command(name = "prairielearn", mixinStandardHelpOptions = true,
        description = "Grade DIR/student (PrairieLearn's /grade layout) with all tests and write "
                + "DIR/results/results.json, also when nothing can be graded (gradable: false and the reason). "
                + "Exit code 0 when the results are written.")
final class PrairieLearnCommand implements Callable<Integer> {

    /** Environment variable naming the grading folder when --root is not given. */
    static final String ROOT_VARIABLE = "PL_GRADE_ROOT";

    @Option(names = "--root", paramLabel = "DIR",
            description = "Grading folder (default: $" + ROOT_VARIABLE + ", else /grade).")
    Path root;

    @Mixin
    ExerciseJobs jobs;

    @Mixin
    GradingMixin grading;

    @Override
    public Integer call() throws Exception {
        return new PrairieLearnRun(grading.options(jobs.value())).run(HostedRoot.of(root, ROOT_VARIABLE, "/grade"),
                System.out);
    }
}
