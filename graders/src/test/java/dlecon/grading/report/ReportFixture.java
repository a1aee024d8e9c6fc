package dlecon.grading.report;

import dlecon.api.Exercise;
import dlecon.grading.api.Visibility;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.Failure;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.model.Timings;
import java.util.List;
import java.util.stream.Stream;

/**
 * One fixed grade report that covers every test status, partial credit (2 of 3 cases), public and hidden failures
 * with values, captured output with characters that need escaping ({@code " < & | `}, U+0001, a newline), an
 * exercise with a compile error, a refused one and a missing one; E7 is absent from the run. Every text of a hidden
 * test that no report may show contains {@link #SECRET}.
 */
final class ReportFixture {

    /** Marker in every hidden message, value and output: no report may contain it. */
    static final String SECRET = "SECRET";

    /** Captured output of a public test, with characters that need escaping in every format. */
    static final String NASTY_OUTPUT = "step 1: loss=\"3.5\" <ok> & | `tick` \u0001bell\r\nstep 2: done\n";

    /** Notes on how the submission was read, with characters that need escaping in every format. */
    static final List<String> NOTES = List.of("Extracted alice's <work> & more.zip (a zip submission).",
            "Ignored 2 Java file(s) (only dlecon/solution/e1..e7 is graded): my_*notes*|.java, \"quoted\"\tname.java.");

    private ReportFixture() {
    }

    static GradeReport report() {
        return new GradeReport("alice, \"the\" student", 0x5eed_cafeL, "bwrap", NOTES, List.of(e1(), e2(), e3(), e4(),
                e5(), e6()), 12_345);
    }

    /** Graded: passed, partial credit, hidden failure with values and output, errored. */
    private static ExerciseResult e1() {
        return graded(Exercise.E1, List.of(
                pub(Exercise.E1, "gradientStep", "gradient step matches the formula", 2, 2, TestStatus.PASSED, null,
                        "", 0, 0),
                new TestResult(Exercise.E1, "E1Public#sgdConverges", "SGD converges on a quadratic | 3 seeds",
                        Visibility.PUBLIC, "convergence", "check the sign of the update `w - eta * g`", 2, 4.0 / 3,
                        TestStatus.FAILED, 2, 3, new Failure("minimum after 200 steps, seed 3 of 3 <off>",
                        "[1.0, -2.0]", "[0.98, \"NaN\" | <x> & `y`]", "1e-3"), NASTY_OUTPUT, 210),
                new TestResult(Exercise.E1, "E1Hidden#minibatchOrder", "minibatch order is reproducible",
                        Visibility.HIDDEN, "reproducibility", "draw batches only from the given RandomGenerator", 1,
                        0, TestStatus.FAILED, 0, 0, new Failure("SECRET-MSG-e1 order differs at batch 4",
                        "SECRET-EXP-0.25", "SECRET-ACT-0.5", "SECRET-TOL-1e-9"), "SECRET-OUT-e1 printed\n", 30),
                pub(Exercise.E1, "nanInput", "handles NaN input", 1, 0, TestStatus.ERRORED,
                        Failure.of("java.lang.IllegalStateException: boom & bust"), "", 0, 0)));
    }

    /** Compile error: both tests not run. */
    private static ExerciseResult e2() {
        Failure notRun = Failure.of("not run: E2 did not compile");
        return new ExerciseResult(Exercise.E2, ExerciseStatus.COMPILE_ERROR, List.of(
                "dlecon/solution/e2/PerceptronSolution.java:14: error: ';' expected",
                "dlecon/solution/e2/PerceptronSolution.java:20: error: cannot find symbol ```wieghts``` | <here>"),
                List.of(pub(Exercise.E2, "learnsAnd", "perceptron learns AND", 2, 0, TestStatus.NOT_RUN, notRun, "",
                                0, 0),
                        hidden(Exercise.E2, "margin", "perceptron margin", 2, TestStatus.NOT_RUN,
                                Failure.of("SECRET-MSG-e2 not run"), "")),
                new Timings(800, 0, 0, 0));
    }

    /** Graded: timed out, crashed (hidden), skipped, aborted (hidden, no hint), passed with output (both kinds). */
    private static ExerciseResult e3() {
        return graded(Exercise.E3, List.of(
                pub(Exercise.E3, "xorZeroMse", "xor network has zero MSE", 3, 0, TestStatus.TIMED_OUT,
                        Failure.of("timed out after 60 s"), "epoch 1\nepoch 2\n", 0, 0),
                hidden(Exercise.E3, "backpropRandom", "backprop on random architectures", 4, TestStatus.CRASHED,
                        new Failure("SECRET-MSG-e3 OutOfMemoryError", "SECRET-EXP-e3", "SECRET-ACT-e3", ""),
                        "SECRET-OUT-e3 crash log"),
                pub(Exercise.E3, "gpuPath", "gpu path", 1, 0, TestStatus.SKIPPED,
                        Failure.of("disabled: not part of this course"), "", 0, 0),
                new TestResult(Exercise.E3, "E3Hidden#irisAssumption", "iris accuracy", Visibility.HIDDEN,
                        "data loading", "", 1, 0, TestStatus.ABORTED, 0, 0,
                        Failure.of("SECRET-MSG-e3 assumption failed"), "", 5),
                pub(Exercise.E3, "forwardShapes", "forward pass shapes", 2, 2, TestStatus.PASSED, null,
                        "hello from the student\n", 0, 0),
                hidden(Exercise.E3, "xorSeeds", "xor over seeds", 2, TestStatus.PASSED, null,
                        "SECRET-OUT-e3 passed hidden")));
    }

    /** Not submitted. */
    private static ExerciseResult e4() {
        return new ExerciseResult(Exercise.E4, ExerciseStatus.NOT_SUBMITTED, List.of(), List.of(
                pub(Exercise.E4, "adamBias", "adam bias correction", 2, 0, TestStatus.NOT_RUN,
                        Failure.of("not run: E4 is not submitted"), "", 0, 0),
                hidden(Exercise.E4, "rmsprop", "rmsprop decay", 2, TestStatus.NOT_RUN,
                        Failure.of("SECRET-MSG-e4 not run"), "")),
                Timings.ZERO);
    }

    /** Graded, everything passed, half points in the maximum. */
    private static ExerciseResult e5() {
        return graded(Exercise.E5, List.of(
                pub(Exercise.E5, "rescales", "dropout rescales by 1/(1-p)", 2.5, 2.5, TestStatus.PASSED, null, "", 0,
                        0)));
    }

    /** Refused by the static check. */
    private static ExerciseResult e6() {
        return new ExerciseResult(Exercise.E6, ExerciseStatus.REFUSED,
                List.of("dlecon.solution.e6.GenzSolution.fit (GenzSolution.java:31) refers to java.io.File"),
                List.of(pub(Exercise.E6, "oscillatory", "oscillatory surrogate error", 1, 0, TestStatus.NOT_RUN,
                        Failure.of("not run: E6 was refused by the static check"), "", 0, 0)),
                new Timings(700, 40, 0, 0));
    }

    private static ExerciseResult graded(Exercise x, List<TestResult> tests) {
        long millis = tests.stream().mapToLong(TestResult::millis).sum();
        return new ExerciseResult(x, ExerciseStatus.GRADED, List.of(), tests, new Timings(900, 50, 400, millis));
    }

    static TestResult pub(Exercise x, String id, String title, double max, double points, TestStatus status,
                          Failure failure, String output, int casesPassed, int casesTotal) {
        return new TestResult(x, x.name() + "Public#" + id, title, Visibility.PUBLIC, "", "look at " + id, max,
                points, status, casesPassed, casesTotal, failure, output, 100 + title.length());
    }

    static TestResult hidden(Exercise x, String id, String title, double max, TestStatus status, Failure failure,
                             String output) {
        return new TestResult(x, x.name() + "Hidden#" + id, title, Visibility.HIDDEN, "category of " + id,
                "hint for " + id, max, status == TestStatus.PASSED ? max : 0, status, 0, 0, failure, output,
                50 + title.length());
    }

    /** Every text of the fixture's hidden tests that no report may show. */
    static List<String> hiddenSecrets() {
        return report().tests().filter(t -> !t.isPublic())
                .flatMap(t -> t.failure() == null ? Stream.of(t.output())
                        : Stream.of(t.failure().message(), t.failure().expected(),
                        t.failure().actual(), t.failure().tolerance(), t.output()))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
