package dlecon.grading.model;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.api.Visibility;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The gradebook's status word of an exercise: one per exercise status, and for a graded exercise the worst way one of
 * its tests ended (timed out before crashed before not run), whatever the order of its tests.
 */
class ExerciseResultTest {

    private static TestResult test(String id, TestStatus status) {
        return new TestResult(Exercise.E3, "E3#" + id, id, Visibility.PUBLIC, "", "", 1,
                status == TestStatus.PASSED ? 1 : 0, status, 0, 0,
                status == TestStatus.PASSED ? null : Failure.of(status.label()), "", 0);
    }

    private static String outcome(ExerciseStatus status, TestStatus... tests) {
        List<TestResult> list = IntStream.range(0, tests.length).mapToObj(i -> test("t" + i, tests[i])).toList();
        return new ExerciseResult(Exercise.E3, status, List.of(), list, Timings.ZERO).outcome();
    }

    @Test
    void eachStatusThatStopsGradingHasItsWord() {
        Map<ExerciseStatus, String> words = new EnumMap<>(ExerciseStatus.class);
        words.put(ExerciseStatus.NOT_SUBMITTED, "not submitted");
        words.put(ExerciseStatus.COMPILE_ERROR, "compile error");
        words.put(ExerciseStatus.REFUSED, "refused");
        words.put(ExerciseStatus.HARNESS_ERROR, "failed to grade");
        words.put(ExerciseStatus.GRADED, "graded");
        for (ExerciseStatus s : ExerciseStatus.values()) {
            assertThat(outcome(s, TestStatus.NOT_RUN)).as(s.name())
                    .isEqualTo(s == ExerciseStatus.GRADED ? "not run" : words.get(s));
            assertThat(outcome(s)).as(s.name() + " without tests").isEqualTo(words.get(s));
        }
    }

    @Test
    void aGradedExerciseIsNamedByTheWorstWayOneOfItsTestsEnded() {
        assertThat(outcome(ExerciseStatus.GRADED, TestStatus.PASSED, TestStatus.FAILED, TestStatus.ERRORED,
                TestStatus.ABORTED, TestStatus.SKIPPED)).as("failures are graded work").isEqualTo("graded");
        TestStatus[] worstFirst = {TestStatus.TIMED_OUT, TestStatus.CRASHED, TestStatus.NOT_RUN};
        String[] words = {"timed out", "crashed", "not run"};
        for (int w = 0; w < worstFirst.length; w++) {
            for (int other = w; other < worstFirst.length; other++) {
                assertThat(outcome(ExerciseStatus.GRADED, TestStatus.PASSED, worstFirst[other], worstFirst[w]))
                        .as("%s with %s", worstFirst[w], worstFirst[other]).isEqualTo(words[w]);
                assertThat(outcome(ExerciseStatus.GRADED, worstFirst[w], worstFirst[other], TestStatus.FAILED))
                        .as("%s first, then %s", worstFirst[w], worstFirst[other]).isEqualTo(words[w]);
            }
        }
    }
}
