package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradescopeWriterTest {

    private static final GradeReport REPORT = ReportFixture.report();

    private static JsonNode parse() throws Exception {
        return new ObjectMapper().readTree(Reports.toString(new GradescopeWriter(), REPORT));
    }

    private static List<String> keys(JsonNode n) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelHasOnlyTheSpecifiedKeys() throws Exception {
        JsonNode root = parse();
        assertThat(keys(root)).containsExactly("score", "execution_time", "output", "output_format",
                "test_output_format", "test_name_format", "visibility", "stdout_visibility", "tests");
        // every text is shown as written: Gradescope's default (simple_format) would drop "<here>" as an HTML tag
        assertThat(List.of("output_format", "test_output_format", "test_name_format"))
                .allSatisfy(k -> assertThat(root.get(k).asText()).as(k).isEqualTo("text"));
        assertThat(root.get("output").asText()).contains("cannot find symbol ```wieghts``` | <here>")
                .contains("Note: Extracted alice's <work> & more.zip (a zip submission).");
        assertThat(root.get("score").decimalValue()).isEqualByComparingTo("9.83");
        assertThat(root.get("execution_time").isIntegralNumber()).isTrue();
        assertThat(root.get("execution_time").asLong()).as("12 345 ms rounded to seconds").isEqualTo(12);
        assertThat(root.get("visibility").asText()).isEqualTo("visible");
        assertThat(root.get("stdout_visibility").asText()).isEqualTo("hidden");
        assertThat(root.get("output").asText()).contains("Submission: alice, \"the\" student", "Total: 9.83 / 30.5",
                "Sandbox: bwrap", "E2 Perceptron: 0 / 4, compile error",
                "  dlecon/solution/e2/PerceptronSolution.java:14: error: ';' expected",
                "E6 Genz functions and surrogates: 0 / 1, refused", "refers to java.io.File",
                "E4 Optimizers: 0 / 4, not submitted", "E1 Gradient descent and SGD: 3.33 / 6, graded");
    }

    @Test
    void everyTestIsNamedNumberedAndScored() throws Exception {
        JsonNode tests = parse().get("tests");
        List<TestResult> expected = REPORT.tests().toList();
        assertThat(tests).hasSize(expected.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < expected.size(); i++) {
            JsonNode n = tests.get(i);
            TestResult t = expected.get(i);
            int exercise = t.exercise().ordinal() + 1;
            assertThat(keys(n)).containsExactly("name", "name_format", "number", "score", "max_score", "status",
                    "visibility", "output", "output_format");
            assertThat(n.get("name_format").asText()).isEqualTo("text");
            assertThat(n.get("output_format").asText()).isEqualTo("text");
            assertThat(n.get("name").asText()).startsWith("E" + exercise + " ").isEqualTo(t.name());
            assertThat(n.get("number").asText()).startsWith(exercise + ".").matches("\\d+\\.[1-9]\\d*");
            assertThat(n.get("score").decimalValue()).isEqualTo(Points.decimal(t.points()));
            assertThat(n.get("max_score").decimalValue()).isEqualTo(Points.decimal(t.maxPoints()));
            assertThat(n.get("status").asText()).isEqualTo(t.status().name().equals("PASSED") ? "passed" : "failed");
            assertThat(n.get("visibility").asText()).isEqualTo(t.isPublic() ? "visible" : "after_due_date");
            sum = sum.add(n.get("score").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo("9.83");
        assertThat(tests.findValuesAsText("number")).containsExactly("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1",
                "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.2", "5.1", "6.1");
    }

    @Test
    void partialCreditAndPublicFeedback() throws Exception {
        JsonNode sgd = parse().get("tests").get(1);
        assertThat(sgd.get("score").decimalValue()).isEqualByComparingTo("1.33");
        assertThat(sgd.get("status").asText()).isEqualTo("failed");
        assertThat(sgd.get("output").asText()).contains("failed: minimum after 200 steps", "expected: [1.0, -2.0]",
                "actual: [0.98, \"NaN\" | <x> & `y`]", "tolerance: 1e-3", "cases: 2 of 3 passed",
                "hint: check the sign", "output:\nstep 1: loss=\"3.5\" <ok> & | `tick` bell\nstep 2: done");
    }

    @Test
    void hiddenTestOutputHasOnlyOutcomeCategoryAndHintLines() throws Exception {
        JsonNode tests = parse().get("tests");
        List<TestResult> list = REPORT.tests().toList();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isPublic()) {
                continue;
            }
            String[] lines = tests.get(i).get("output").asText().split("\n");
            assertThat(lines[0]).isEqualTo(Feedback.outcome(list.get(i).status()));
            for (int k = 1; k < lines.length; k++) {
                assertThat(lines[k]).matches("(category|hint): .*");
            }
        }
    }
}
