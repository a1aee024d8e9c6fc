package dlecon.grading.classroom50;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.report.Feedback;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classroom 50's {@code result.json} (schema {@code classroom50/result/v1}, checked by its runner's
 * {@code validate_result}): the submission's identity from the runner's environment ({@link Context}), integer
 * {@code score} and {@code max-score}, and one test per grader test with {@code test-name}, {@code passed},
 * {@code score}, {@code max-score} and the feedback text as {@code output}. Classroom 50 takes only integers, so points
 * are counted in half points ({@value #UNITS_PER_POINT} per point; every test is worth a multiple of half a point) and
 * a partial-credit score is rounded down to the half point, never up. The total is the sum of the tests' scores.
 * This is the public tests' feedback on a push; the course's grade (with hidden tests) stays the instructor's.
 */
public final class ResultV1 {

    /** The schema's name. */
    public static final String SCHEMA = "classroom50/result/v1";
    /** Result units per point: half points. */
    public static final int UNITS_PER_POINT = 2;

    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultV1() {
    }

    /**
     * Who and what was graded, as Classroom 50's runner passes it to an autograder.
     *
     * @param classroom      the classroom ({@code CLASSROOM})
     * @param assignment     the assignment ({@code ASSIGNMENT})
     * @param assignmentType "individual" or "group" ({@code ASSIGNMENT_TYPE})
     * @param owner          the repository's owner ({@code OWNER}, else {@code USERNAME})
     * @param submission     the submission tag, "submit/..." ({@code SUBMISSION_TAG})
     * @param commit         the graded commit's URL ({@code COMMIT_URL})
     * @param release        the submission release's URL ({@code RELEASE_URL})
     * @param review         the review (compare) URL ({@code REVIEW_URL})
     * @param datetime       the graded commit's date, YYYY-MM-DDTHH:MM:SSZ ({@code DLECON_COMMIT_DATE}, set by the
     *                       course's autograder.py from git; the runner sets it again)
     */
    public record Context(String classroom, String assignment, String assignmentType, String owner,
                          String submission, String commit, String release, String review, String datetime) {

        /**
         * The context from {@code env}.
         *
         * @throws IllegalArgumentException naming every variable that is missing or malformed
         */
        public static Context fromEnvironment(Map<String, String> env) {
            Map<String, String> v = new LinkedHashMap<>();
            for (String name : List.of("CLASSROOM", "ASSIGNMENT", "ASSIGNMENT_TYPE", "SUBMISSION_TAG", "COMMIT_URL",
                    "RELEASE_URL", "REVIEW_URL", "DLECON_COMMIT_DATE")) {
                v.put(name, env.getOrDefault(name, "").strip());
            }
            String owner = env.getOrDefault("OWNER", "").isBlank() ? env.getOrDefault("USERNAME", "").strip()
                    : env.get("OWNER").strip();
            List<String> bad = new ArrayList<>(v.entrySet().stream().filter(e -> e.getValue().isEmpty())
                    .map(Map.Entry::getKey).toList());
            if (owner.isEmpty()) {
                bad.add("OWNER (or USERNAME)");
            }
            if (!v.get("SUBMISSION_TAG").isEmpty() && !v.get("SUBMISSION_TAG").startsWith("submit/")) {
                bad.add("SUBMISSION_TAG (must start with submit/)");
            }
            if (!v.get("DLECON_COMMIT_DATE").isEmpty() && !DATETIME.matcher(v.get("DLECON_COMMIT_DATE")).matches()) {
                bad.add("DLECON_COMMIT_DATE (YYYY-MM-DDTHH:MM:SSZ)");
            }
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException("Classroom 50 result: missing or malformed environment "
                        + String.join(", ", bad) + " (set by Classroom 50's runner and the course's autograder.py)");
            }
            return new Context(v.get("CLASSROOM"), v.get("ASSIGNMENT"), v.get("ASSIGNMENT_TYPE"), owner,
                    v.get("SUBMISSION_TAG"), v.get("COMMIT_URL"), v.get("RELEASE_URL"), v.get("REVIEW_URL"),
                    v.get("DLECON_COMMIT_DATE"));
        }
    }

    /** {@code points} in result units, rounded down (a tiny excess from floating point sums is forgiven). */
    static long units(double points) {
        return (long) Math.floor(points * UNITS_PER_POINT + 1e-9);
    }

    /**
     * Writes the result of {@code report} for {@code context}.
     *
     * @throws IllegalArgumentException when a test's maximum is not a whole number of half points
     */
    public static void write(GradeReport report, Context context, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("classroom", context.classroom());
        root.put("assignment", context.assignment());
        root.put("assignment_type", context.assignmentType());
        root.put("owner", context.owner());
        root.put("submission", context.submission());
        root.put("commit", context.commit());
        root.put("release", context.release());
        root.put("review", context.review());
        root.put("datetime", context.datetime());
        ArrayNode tests = JSON.createArrayNode();
        long score = 0;
        long max = 0;
        for (TestResult t : report.tests().toList()) {
            long m = units(t.maxPoints());
            if (Math.abs(m - t.maxPoints() * UNITS_PER_POINT) > 1e-9) {
                throw new IllegalArgumentException(t.id() + " is worth " + t.maxPoints() + " points, not a whole "
                        + "number of half points");
            }
            long s = Math.min(m, units(t.points()));
            ObjectNode n = tests.addObject();
            n.put("test-name", Feedback.oneLine(t.name()));
            n.put("passed", t.status() == TestStatus.PASSED);
            n.put("score", s);
            n.put("max-score", m);
            n.put("output", Feedback.of(t).text());
            score += s;
            max += m;
        }
        root.put("score", score);
        root.put("max-score", max);
        root.set("tests", tests);
        out.write(JSON.writeValueAsString(root) + "\n");
        out.flush();
    }
}
