package dlecon.grading.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dlecon.api.Exercise;
import dlecon.grading.check.BytecodeChecker;
import dlecon.grading.check.Policy;
import dlecon.grading.compile.SourceCompiler;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.sandbox.JvmLimits;
import dlecon.grading.sandbox.Sandbox;
import dlecon.grading.sandbox.TestJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine's containment and scoring on the misbehaving fixture: each outcome type, partial credit, and tests
 * after a loop, a halt and an out-of-memory keeping their points. The static check is switched off here (a
 * permissive policy) so that the runtime containment itself is exercised; {@link #staticCheckRefusesTheHalt}
 * shows the standard policy refuses the same submission before it runs.
 */
class ExerciseGraderTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/misbehaving");
    private static final String FIXTURE_SUITES = "dlecon.grading.fixtures.e1";
    /** Small heap so that the out-of-memory fixture ends quickly. */
    private static final JvmLimits SMALL = JvmLimits.DEFAULT.withHeap(128);
    private static final Policy PERMISSIVE = Policy.parse("allow java/\nallow dlecon/api/\n");

    static List<String> classPathWithFixtures() {
        List<String> cp = new ArrayList<>(GradingRun.harnessClassPath());
        cp.add(Path.of("target/test-classes").toAbsolutePath().toString());
        return cp;
    }

    /** JUnit's temporary folder is private (700): test JVMs that run as users of their own must pass through it. */
    static Path passable(Path work) {
        try {
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx--x--x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return work;
    }

    private static ExerciseResult gradeFixture(Sandbox.Mode mode, Policy policy, Path work) {
        passable(work);
        List<PlannedTest> plan = new TestPlanner().plan(Exercise.E1, FIXTURE_SUITES, true);
        ExerciseGrader grader = new ExerciseGrader(SourceCompiler.forApi(), new BytecodeChecker(policy),
                new TestJvm(mode, classPathWithFixtures(), SMALL));
        return grader.grade(Submission.read("misbehaving", FIXTURE), Exercise.E1, plan, 7, work);
    }

    @ParameterizedTest
    @EnumSource(Sandbox.Mode.class)
    void everyOutcomeIsScoredAndLaterTestsKeepTheirPoints(Sandbox.Mode mode, @TempDir Path work) {
        if (mode == Sandbox.Mode.BWRAP && "1".equals(System.getenv("DLECON_REQUIRE_BWRAP"))) {
            assertThat(Sandbox.bwrapUsable()).as("bwrap installed and usable (.ci/run requires it)").isTrue();
        } else if (mode == Sandbox.Mode.BWRAP) {
            assumeThat(Sandbox.bwrapUsable()).as("bwrap installed and usable").isTrue();
        }
        ExerciseResult r = gradeFixture(mode, PERMISSIVE, work);
        Map<String, TestResult> byTitle = r.tests().stream()
                .collect(Collectors.toMap(TestResult::title, Function.identity()));
        assertThat(r.status()).isEqualTo(ExerciseStatus.GRADED);
        assertThat(byTitle).hasSize(11);
        expect(byTitle, "descent converges", TestStatus.PASSED, 2);
        expect(byTitle, "wrong expectation fails", TestStatus.FAILED, 0);
        assertThat(byTitle.get("wrong expectation fails").failure())
                .satisfies(f -> {
                    assertThat(f.expected()).isEqualTo("0.5");
                    assertThat(Math.abs(Double.parseDouble(f.actual()))).isLessThan(1e-9);
                    assertThat(f.tolerance()).contains("|a-e|");
                });
        TestResult partial = expect(byTitle, "two of three cases pass", TestStatus.FAILED, 2);
        assertThat(partial.casesPassed()).isEqualTo(2);
        assertThat(partial.casesTotal()).isEqualTo(3);
        assertThat(partial.failure().message()).contains("1 of 3 cases failed").contains("target 7.0");
        assertThat(expect(byTitle, "endless loop is stopped", TestStatus.TIMED_OUT, 0).failure().message())
                .contains("timed out after 3 s");
        assertThat(expect(byTitle, "halt is contained", TestStatus.CRASHED, 0).failure().message())
                .contains("exit code 3");
        assertThat(expect(byTitle, "out of memory is contained", TestStatus.CRASHED, 0).failure().message())
                .contains("out of memory");
        assertThat(expect(byTitle, "exception from the submission", TestStatus.ERRORED, 0).failure().message())
                .contains("IllegalStateException: boom from the submission");
        expect(byTitle, "aborted test earns nothing", TestStatus.ABORTED, 0);
        expect(byTitle, "skipped test earns nothing", TestStatus.SKIPPED, 0);
        TestResult flood = expect(byTitle, "flood of output is capped", TestStatus.PASSED, 1);
        assertThat(flood.output()).startsWith("line 0 of a flood").contains("[output cut:").hasSizeLessThan(9000);
        expect(byTitle, "later tests keep their points", TestStatus.PASSED, 1);
        assertThat(r.points()).isEqualTo(6.0);
        assertThat(r.maxPoints()).isEqualTo(14.0);
        assertThat(r.timings().jvmStartMillis()).isPositive();
    }

    private static TestResult expect(Map<String, TestResult> byTitle, String title, TestStatus status, double pts) {
        TestResult t = byTitle.get(title);
        assertThat(t).as(title).isNotNull();
        assertThat(t.status()).as(title + ": " + t.failure()).isEqualTo(status);
        assertThat(t.points()).as(title).isEqualTo(pts);
        return t;
    }

    @Test
    void staticStateDoesNotSurviveFromOneTestToTheNext(@TempDir Path work) {
        List<PlannedTest> plan = new TestPlanner().plan(Exercise.E1, "dlecon.grading.fixtures.statics", true);
        ExerciseResult r = new ExerciseGrader(SourceCompiler.forApi(), new BytecodeChecker(PERMISSIVE),
                new TestJvm(Sandbox.Mode.PROCESS, classPathWithFixtures(), SMALL))
                .grade(Submission.read("misbehaving", FIXTURE), Exercise.E1, plan, 7, passable(work));
        assertThat(r.tests()).hasSize(2).allSatisfy(t -> assertThat(t.status()).as(t.title() + ": " + t.failure())
                .isEqualTo(TestStatus.PASSED));
    }

    @Test
    void staticCheckRefusesTheHalt(@TempDir Path work) {
        ExerciseResult r = gradeFixture(Sandbox.Mode.PROCESS, Policy.standard(), work);
        assertThat(r.status()).isEqualTo(ExerciseStatus.REFUSED);
        assertThat(r.points()).isZero();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).isEqualTo(
                "dlecon.solution.e1.GradientDescentSolution.descend (GradientDescentSolution.java:24): refers to "
                        + "java.lang.Runtime.getRuntime: process control (exit, halt, exec, memory)"));
        assertThat(r.tests()).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TestStatus.NOT_RUN);
            assertThat(t.failure().message()).startsWith("refused by the static check: ");
        });
    }
}
