package dlecon.grading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.check.BytecodeChecker;
import dlecon.grading.check.Policy;
import dlecon.grading.compile.SourceCompiler;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.sandbox.Budget;
import dlecon.grading.sandbox.JvmLimits;
import dlecon.grading.sandbox.Sandbox;
import dlecon.grading.sandbox.TestJvm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lane hands several groups of tests to one test JVM in turn: the misbehaving fixture (a timeout, a halt, an out
 * of memory, ...) scores exactly as in JVMs of its own, the lane replaces each JVM that died and goes on, and a
 * submission's static state never reaches the next test, not in the same group and not in the next group.
 */
class TestLaneTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/misbehaving");
    private static final Policy PERMISSIVE = Policy.parse("allow java/\nallow dlecon/api/\n");

    @Test
    void groupsInOneLaneScoreAsInJvmsOfTheirOwn(@TempDir Path work) {
        ExerciseGraderTest.passable(work);
        TestJvm jvm = new TestJvm(Sandbox.Mode.PROCESS, ExerciseGraderTest.classPathWithFixtures(),
                JvmLimits.DEFAULT.withHeap(128));
        ExerciseGrader grader = new ExerciseGrader(SourceCompiler.forApi(), new BytecodeChecker(PERMISSIVE), jvm);
        TestPlanner planner = new TestPlanner();
        List<PlannedTest> outcomes = planner.plan(Exercise.E1, "dlecon.grading.fixtures.e1", true);
        List<PlannedTest> statics = planner.plan(Exercise.E1, "dlecon.grading.fixtures.statics", true);
        Prepared p = grader.prepare(Submission.read("misbehaving", FIXTURE), Exercise.E1, work.resolve("E1"));
        assertThat(p.ready()).isTrue();
        ExerciseResult alone = grader.run(p, outcomes, 7, List.of(), work.resolve("alone"), Budget.unlimited());

        ExerciseResult staticsFirst;
        ExerciseResult inLane;
        ExerciseResult staticsAfter;
        int jvms;
        try (TestLane lane = new TestLane(jvm, List.of(p.classes()), 600, work.resolve("lane"))) {
            lane.warm();
            staticsFirst = grader.run(p, statics, 7, List.of(), lane, Budget.unlimited());
            inLane = grader.run(p, outcomes, 7, List.of(), lane, Budget.unlimited());
            staticsAfter = grader.run(p, statics, 7, List.of(), lane, Budget.unlimited());
            jvms = lane.started();
        }
        assertThat(inLane.tests()).hasSameSizeAs(alone.tests()).hasSize(11);
        for (int i = 0; i < alone.tests().size(); i++) {
            TestResult a = alone.tests().get(i);
            TestResult l = inLane.tests().get(i);
            assertThat(l.title()).isEqualTo(a.title());
            assertThat(l.status()).as(l.title() + ": " + l.failure()).isEqualTo(a.status());
            assertThat(l.points()).as(l.title()).isEqualTo(a.points());
        }
        assertThat(inLane.points()).isEqualTo(6.0);
        assertThat(List.of(staticsFirst, staticsAfter)).allSatisfy(r -> assertThat(r.tests()).hasSize(2)
                .allSatisfy(t -> assertThat(t.status()).as(t.title() + ": " + t.failure())
                        .isEqualTo(TestStatus.PASSED)));
        // the timeout, the halt and the out of memory each end a JVM: the statics then run in the fourth
        assertThat(jvms).isEqualTo(4);
        assertThat(staticsAfter.timings().jvmStartMillis()).as("a JVM already up starts nothing").isZero();
    }
}
