package dlecon.grading.classroom50;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlecon.api.Exercise;
import dlecon.grading.api.Visibility;
import dlecon.grading.engine.PlannedTest;
import dlecon.grading.engine.TestPlanner;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.Failure;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.model.Timings;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code result.json} passes the checks of Classroom 50's runner ({@code validate_result} in runner.py and
 * collect_scores.py of foundation50/classroom50, restated here): the schema name, non-empty identity strings, a
 * submission tag under {@code submit/}, non-negative integer scores (a boolean or a float such as 4.0 is refused),
 * score at most max-score overall and per test, tests with a non-empty name and a boolean {@code passed}; plus the
 * schema's date pattern. Partial credit rounds down to the half point; every test of the course is worth whole half
 * points.
 */
class ResultV1Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("CLASSROOM", "dlecon-2026");
        env.put("ASSIGNMENT", "exercises");
        env.put("ASSIGNMENT_TYPE", "individual");
        env.put("OWNER", "alice");
        env.put("SUBMISSION_TAG", "submit/2026-12-07T10-00-00Z-a1b2c3d");
        env.put("COMMIT_URL", "https://github.com/org/r/commit/a1b2c3d");
        env.put("RELEASE_URL", "https://github.com/org/r/releases/tag/submit%2F2026");
        env.put("REVIEW_URL", "https://github.com/org/r/compare/base...a1b2c3d");
        env.put("DLECON_COMMIT_DATE", "2026-12-07T09:59:58Z");
        return env;
    }

    private static TestResult test(String id, double max, double points, TestStatus status, int passed, int total) {
        return new TestResult(Exercise.E1, "E1#" + id, id, Visibility.PUBLIC, "", "a hint", max, points, status,
                passed, total, status == TestStatus.PASSED ? null : new Failure("why", "1", "2", "0"), "", 0);
    }

    private static JsonNode result(List<TestResult> tests) throws Exception {
        GradeReport r = new GradeReport("alice", 1, "process", List.of(new ExerciseResult(Exercise.E1,
                ExerciseStatus.GRADED, List.of(), tests, Timings.ZERO)), 0);
        StringWriter w = new StringWriter();
        ResultV1.write(r, ResultV1.Context.fromEnvironment(env()), w);
        return JSON.readTree(w.toString());
    }

    /** Classroom 50's checks; a message for the first one that fails, else null. */
    private static String validate(JsonNode d) {
        if (!d.isObject() || !"classroom50/result/v1".equals(d.path("schema").asText(null))) {
            return "schema";
        }
        for (String f : List.of("classroom", "assignment", "owner", "commit", "release", "review", "datetime")) {
            if (!d.path(f).isTextual() || d.path(f).asText().isEmpty()) {
                return f + " must be a non-empty string";
            }
        }
        if (!d.path("datetime").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
            return "datetime pattern";
        }
        if (!List.of("individual", "group").contains(d.path("assignment_type").asText())) {
            return "assignment_type";
        }
        if (!d.path("submission").isTextual() || !d.path("submission").asText().startsWith("submit/")) {
            return "submission";
        }
        String scores = integers(d, "top level");
        if (scores != null) {
            return scores;
        }
        if (!d.path("tests").isArray()) {
            return "'tests' is not a list";
        }
        for (JsonNode t : d.get("tests")) {
            if (!t.path("test-name").isTextual() || t.get("test-name").asText().isEmpty()) {
                return "test-name";
            }
            if (!t.path("passed").isBoolean()) {
                return "passed must be a boolean";
            }
            String s = integers(t, t.get("test-name").asText());
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String integers(JsonNode n, String where) {
        JsonNode s = n.path("score");
        JsonNode m = n.path("max-score");
        if (!s.isIntegralNumber() || !m.isIntegralNumber() || s.asLong() < 0 || m.asLong() < 0) {
            return where + ": score and max-score must be non-negative integers";
        }
        return s.asLong() > m.asLong() ? where + ": score > max-score" : null;
    }

    @Test
    void passesTheRunnersChecksWithHalfPointsRoundedDown() throws Exception {
        JsonNode d = result(List.of(test("passed", 1.5, 1.5, TestStatus.PASSED, 0, 0),
                test("partial", 4, 4 * 2 / 3.0, TestStatus.FAILED, 2, 3),
                test("failed", 0.5, 0, TestStatus.FAILED, 0, 0),
                test("crashed", 2, 0, TestStatus.CRASHED, 0, 0)));
        assertThat(validate(d)).isNull();
        assertThat(d.get("tests")).extracting(t -> t.get("score").asLong(), t -> t.get("max-score").asLong(),
                t -> t.get("passed").asBoolean()).containsExactly(
                tuple(3L, 3L, true), tuple(5L, 8L, false),
                tuple(0L, 1L, false), tuple(0L, 4L, false));
        assertThat(d.get("score").asLong()).isEqualTo(8);
        assertThat(d.get("max-score").asLong()).isEqualTo(16);
        assertThat(d.get("tests").get(1).get("output").asText()).contains("expected: 1", "hint: a hint");
        assertThat(d.get("owner").asText()).isEqualTo("alice");
    }

    @Test
    void theCheckerRefusesWhatTheRunnerRefuses() throws Exception {
        JsonNode ok = result(List.of(test("passed", 1, 1, TestStatus.PASSED, 0, 0)));
        assertThat(validate(((ObjectNode) ok.deepCopy()).put("score", 4.0)))
                .contains("non-negative integers");
        assertThat(validate(((ObjectNode) ok.deepCopy()).put("score", true)))
                .contains("non-negative integers");
        assertThat(validate(((ObjectNode) ok.deepCopy()).put("score", 3)))
                .contains("score > max-score");
        assertThat(validate(((ObjectNode) ok.deepCopy())
                .put("submission", "v1"))).isEqualTo("submission");
    }

    @Test
    void everyCourseTestIsWorthWholeHalfPoints() {
        TestPlanner planner = new TestPlanner();
        for (Exercise e : Exercise.values()) {
            for (PlannedTest t : planner.plan(e, true)) {
                assertThat(t.points() * ResultV1.UNITS_PER_POINT).as(t.id()).isEqualTo(
                        Math.rint(t.points() * ResultV1.UNITS_PER_POINT));
            }
        }
        assertThatThrownBy(() -> result(List.of(test("third", 1 / 3.0, 0, TestStatus.FAILED, 0, 0))))
                .hasMessageContaining("not a whole number of half points");
    }

    @Test
    void aMissingOrMalformedEnvironmentIsNamed() {
        Map<String, String> env = env();
        env.remove("OWNER");
        env.put("USERNAME", "bob");
        assertThat(ResultV1.Context.fromEnvironment(env).owner()).isEqualTo("bob");
        env.remove("USERNAME");
        env.remove("REVIEW_URL");
        env.put("SUBMISSION_TAG", "v1");
        env.put("DLECON_COMMIT_DATE", "2026-12-07 09:59");
        assertThatThrownBy(() -> ResultV1.Context.fromEnvironment(env)).hasMessage("Classroom 50 result: missing or "
                + "malformed environment REVIEW_URL, OWNER (or USERNAME), SUBMISSION_TAG (must start with submit/), "
                + "DLECON_COMMIT_DATE (YYYY-MM-DDTHH:MM:SSZ) (set by Classroom 50's runner and the course's "
                + "autograder.py)");
    }
}
