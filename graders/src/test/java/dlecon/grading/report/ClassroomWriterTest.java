package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlecon.api.Exercise;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.Failure;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.model.Timings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassroomWriterTest {

    private static JsonNode parse(GradeReport report) throws Exception {
        return new ObjectMapper().readTree(Reports.toString(new ClassroomWriter(), report));
    }

    @Test
    void maxScoreIsTheSumOfTheTestsMaxPointsAndScoresSumToTheTotal() throws Exception {
        GradeReport report = ReportFixture.report();
        JsonNode root = parse(report);
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("version", "status", "max_score", "tests");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        double sumMax = report.tests().mapToDouble(TestResult::maxPoints).sum();
        assertThat(root.get("max_score").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(sumMax))
                .isEqualByComparingTo("30.5");
        BigDecimal scores = BigDecimal.ZERO;
        for (JsonNode t : root.get("tests")) {
            List<String> k = new ArrayList<>();
            t.fieldNames().forEachRemaining(k::add);
            assertThat(k).containsExactly("name", "status", "score", "message");
            scores = scores.add(t.get("score").decimalValue());
        }
        assertThat(scores).isEqualByComparingTo("9.83");
        assertThat(root.get("status").asText()).isEqualTo("fail");
    }

    @Test
    void testStatusIsPassFailOrError() throws Exception {
        JsonNode tests = parse(ReportFixture.report()).get("tests");
        List<TestResult> list = ReportFixture.report().tests().toList();
        for (int i = 0; i < list.size(); i++) {
            String expected = switch (list.get(i).status()) {
                case PASSED -> "pass";
                case FAILED -> "fail";
                default -> "error";
            };
            assertThat(tests.get(i).get("status").asText()).as(list.get(i).name()).isEqualTo(expected);
            assertThat(tests.get(i).get("message").asText()).isEqualTo(Feedback.of(list.get(i)).text());
        }
        assertThat(list).extracting(TestResult::status).contains(TestStatus.values());
    }

    @Test
    void runStatusIsPassWhenAllPassedAndErrorOnAHarnessError() throws Exception {
        TestResult ok = ReportFixture.pub(Exercise.E1, "ok", "ok", 2, 2, TestStatus.PASSED, null, "", 0, 0);
        ExerciseResult e1 = new ExerciseResult(Exercise.E1, ExerciseStatus.GRADED, List.of(), List.of(ok),
                Timings.ZERO);
        assertThat(parse(new GradeReport("s", 1, "process", List.of(e1), 0)).get("status").asText())
                .isEqualTo("pass");

        TestResult lost = ReportFixture.pub(Exercise.E2, "lost", "lost", 1, 0, TestStatus.NOT_RUN,
                Failure.of("the test JVM did not start"), "", 0, 0);
        ExerciseResult e2 = new ExerciseResult(Exercise.E2, ExerciseStatus.HARNESS_ERROR,
                List.of("could not start the test JVM"), List.of(lost), Timings.ZERO);
        JsonNode root = parse(new GradeReport("s", 1, "process", List.of(e1, e2), 0));
        assertThat(root.get("status").asText()).isEqualTo("error");
        assertThat(root.get("max_score").decimalValue()).isEqualByComparingTo("3");
    }
}
