package dlecon.grading.cli;

import dlecon.grading.gradescope.GradescopeRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gradescope [--root DIR]}: one run of the Gradescope autograder ({@code ci/gradescope/run_autograder}). */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
        description = "Grade DIR/submission (Gradescope's autograder layout) with all tests and write "
                + "DIR/results/results.json, also when nothing can be graded (score 0 and the reason). Exit code 0 "
                + "when grading completed or the submission holds no exercise sources, 1 when the grader failed.")
final class GradescopeCommand implements Callable<Integer> {

    /** Environment variable naming the autograder folder when --root is not given. */
    static final String ROOT_VARIABLE = "AUTOGRADER_ROOT";

    @Option(names = "--root", paramLabel = "DIR",
            description = "Autograder folder (default: $" + ROOT_VARIABLE + ", else /autograder).")
    Path root;

    @Mixin
    ExerciseJobs jobs;

    @Mixin
    GradingMixin grading;

    @Override
    public Integer call() throws Exception {
        return new GradescopeRun(grading.options(jobs.value())).run(HostedRoot.of(root, ROOT_VARIABLE, "/autograder"),
                System.out);
    }
}
