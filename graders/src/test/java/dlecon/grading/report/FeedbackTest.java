package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.api.Visibility;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.Failure;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackTest {

    private static final Failure VALUES = new Failure("gradient of layer 2 weights [3]", "0.25", "0.5", "1e-6");

    @Test
    void publicFailureShowsMessageValuesCasesHintAndOutput() {
        TestResult t = new TestResult(Exercise.E3, "id", "backprop", Visibility.PUBLIC, "gradients",
                "check the chain rule", 3, 2, TestStatus.FAILED, 2, 3, VALUES, "printed\r\nmore\n\n", 10);
        Feedback f = Feedback.of(t);

        assertThat(f.hidden()).isFalse();
        assertThat(f.text()).isEqualTo("""
                failed: gradient of layer 2 weights [3]
                expected: 0.25
                actual: 0.5
                tolerance: 1e-6
                cases: 2 of 3 passed
                hint: check the chain rule
                output:
                printed
                more""");
        assertThat(f.summary()).isEqualTo("failed: gradient of layer 2 weights [3]");
        assertThat(f.withoutOutput().text()).doesNotContain("output:").doesNotContain("printed");
        assertThat(f.category()).as("public tests show values, not the category").isEmpty();
    }

    @Test
    void hiddenFailureShowsOnlyOutcomeCategoryAndHint() {
        for (TestStatus s : TestStatus.values()) {
            if (s == TestStatus.PASSED) {
                continue;
            }
            TestResult t = ReportFixture.hidden(Exercise.E1, "x", "title", 2, s,
                    new Failure("SECRET-m", "SECRET-e", "SECRET-a", "SECRET-t"), "SECRET-o");
            Feedback f = Feedback.of(t);
            assertThat(f.hidden()).isTrue();
            assertThat(f.text()).isEqualTo(Feedback.outcome(s) + "\ncategory: category of x\nhint: hint for x");
            assertThat(f.summary()).isEqualTo(Feedback.outcome(s) + " (hidden test; category: category of x)");
            assertThat(List.of(f.reason(), f.expected(), f.actual(), f.tolerance(), f.cases(), f.output()))
                    .allMatch(String::isEmpty);
        }
    }

    @Test
    void passedTestsShowNoHintAndHiddenOnesNoOutput() {
        TestResult pub = ReportFixture.pub(Exercise.E1, "p", "p", 1, 1, TestStatus.PASSED, null, "out", 0, 0);
        TestResult hid = ReportFixture.hidden(Exercise.E1, "h", "h", 1, TestStatus.PASSED, null, "SECRET-o");
        assertThat(Feedback.of(pub).text()).isEqualTo("passed\noutput:\nout");
        assertThat(Feedback.of(hid).text()).isEqualTo("passed");
    }

    @Test
    void reasonThatRepeatsTheOutcomeIsNotPrefixedTwice() {
        TestResult t = ReportFixture.pub(Exercise.E1, "t", "t", 1, 0, TestStatus.TIMED_OUT,
                Failure.of("Timed out after 60 s"), "", 0, 0);
        assertThat(Feedback.of(t).headline()).isEqualTo("Timed out after 60 s");
    }

    @Test
    void labelsEveryStatus() {
        assertThat(Arrays.stream(TestStatus.values()).map(Feedback::outcome)).containsExactly("passed", "failed",
                "errored", "aborted", "skipped", "timed out", "crashed", "not run");
        assertThat(Arrays.stream(ExerciseStatus.values()).map(Feedback::status)).containsExactly("graded",
                "not submitted", "compile error", "refused", "harness error");
    }

    @Test
    void cleanRemovesCharactersIllegalInXmlAndTerminalControls() {
        assertThat(Feedback.clean("a\u0001b\u001b[31mc\u007f\u0085d\r\ne\rf\tg\uFFFEh\uFFFF")).isEqualTo(
                "ab[31mcd\ne\nf\tgh");
        assertThat(Feedback.clean("x\uD800y\uDC00z")).as("lone surrogates").isEqualTo("xyz");
        assertThat(Feedback.clean("\uD83D\uDE00 ok")).as("a valid pair stays").isEqualTo("\uD83D\uDE00 ok");
        assertThat(Feedback.clean(null)).isEmpty();
        assertThat(Feedback.oneLine(" a\n\tb  c \n")).isEqualTo("a b c");
    }

    @Test
    void capsLongOutputWithAMarker() {
        String longOutput = "x".repeat(Feedback.OUTPUT_LIMIT + 500);
        TestResult t = ReportFixture.pub(Exercise.E1, "p", "p", 1, 1, TestStatus.PASSED, null, longOutput, 0, 0);
        assertThat(Feedback.of(t).output()).startsWith("x".repeat(Feedback.OUTPUT_LIMIT) + "\n")
                .endsWith("[500 more characters cut]");
    }

    @Test
    void alignsKeysAndIndentsContinuationLines() {
        List<String> lines = Feedback.aligned(List.of(new String[] {"expected", "[1,\n 2]"},
                new String[] {"tolerance", "1e-3"}));
        assertThat(lines).containsExactly("expected:  [1,\n            2]", "tolerance: 1e-3");
    }

    @Test
    void numbersTestsByExerciseAndOneBasedIndex() {
        var e3 = ReportFixture.report().exercises().get(2);
        assertThat(Feedback.number(e3, 0)).isEqualTo("3.1");
        assertThat(Feedback.number(e3, 5)).isEqualTo("3.6");
        assertThat(Feedback.title(e3)).isEqualTo("E3 MLP and backpropagation");
    }
}
