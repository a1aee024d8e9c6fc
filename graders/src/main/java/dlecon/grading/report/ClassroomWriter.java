package dlecon.grading.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestStatus;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code classroom.json}: the result of a GitHub Classroom autograding runner, as read by
 * {@code classroom-resources/autograding-grading-reporter} (which sums the tests' {@code score} and the runners'
 * {@code max_score}): {@code {"version": 1, "status", "max_score", "tests": [{"name", "status", "score",
 * "message"}]}}. The run's status is "error" when an exercise has a harness error, "pass" when every test passed,
 * else "fail"; a test's status is "pass" (passed), "fail" (failed) or "error" (anything else).
 */
public final class ClassroomWriter implements ReportWriter {

    @Override
    public String fileName() {
        return "classroom.json";
    }

    @Override
    public void write(GradeReport report, Writer out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("version", 1);
        root.put("status", status(report));
        root.put("max_score", Points.decimal(report.maxPoints()));
        ArrayNode tests = root.putArray("tests");
        report.tests().forEach(t -> {
            ObjectNode n = tests.addObject();
            n.put("name", Feedback.oneLine(t.name()));
            n.put("status", status(t.status()));
            n.put("score", Points.decimal(t.points()));
            n.put("message", Feedback.of(t).text());
        });
        Json.write(root, out);
    }

    /** "error" when any exercise has a harness error, "pass" when every test passed, else "fail". */
    static String status(GradeReport report) {
        if (report.exercises().stream().anyMatch(e -> e.status() == ExerciseStatus.HARNESS_ERROR)) {
            return "error";
        }
        return report.tests().allMatch(t -> t.status() == TestStatus.PASSED) ? "pass" : "fail";
    }

    /** "pass", "fail" or "error". */
    static String status(TestStatus s) {
        return switch (s) {
            case PASSED -> "pass";
            case FAILED -> "fail";
            default -> "error";
        };
    }
}
