package dlecon.grading.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dlecon-grade grade ...}, {@code grade-batch ...}, {@code gradescope} (the autograder's run on Gradescope)
 * and {@code package-gradescope} (its zip). Exit codes: 0 when grading completed (whatever the score), 1 when the
 * harness itself could not run, 2 for a usage error, 3 for a mutation analysis that did not pass; messages say
 * why.
 */
@Command(name = "dlecon-grade", mixinStandardHelpOptions = true, version = "dlecon-grader 0.1.0",
        subcommands = {GradeCommand.class, BatchCommand.class, GradescopeCommand.class,
                PackageGradescopeCommand.class, PrairieLearnCommand.class, PackagePrairieLearnCommand.class},
        description = "Grades submissions of the deep-learning-for-economics course in a sandbox.")
public final class Main {

    private Main() {
    }

    /** Commands that run test JVMs: their sandbox probes start before the command line is even parsed. */
    private static final java.util.Set<String> GRADING = java.util.Set.of("grade", "grade-batch", "gradescope",
            "prairielearn");

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        if (args.length > 0 && GRADING.contains(args[0])) {
            dlecon.grading.sandbox.Sandbox.probeInBackground();
            if (!publicOnly(args)) { // the graders run under random names when hidden tests run
                try {
                    dlecon.grading.sandbox.TestJvm.prepareInBackground(
                            dlecon.grading.engine.GradingRun.harnessClassPath());
                } catch (IllegalStateException e) {
                    // a class path the grade refuses: it says why itself
                }
            }
        }
        System.exit(run(args));
    }

    /** True when the arguments ask for public tests alone ({@code --visibility public}). */
    static boolean publicOnly(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--visibility=public")
                    || args[i].equals("--visibility") && i + 1 < args.length && args[i + 1].equals("public")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof UsageError) {
                line.getErr().println("error: " + ex.getMessage());
                return 2;
            }
            line.getErr().println("error: the grader could not run: " + ex);
            ex.printStackTrace(line.getErr());
            return 1;
        });
        return cl.execute(args);
    }
}
