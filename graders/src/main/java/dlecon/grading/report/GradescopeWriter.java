package dlecon.grading.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Gradescope's {@code results.json} (autograder specification): top-level {@code score}, {@code execution_time}
 * (whole seconds), {@code output}, every text format "text" (shown as written, never read as HTML),
 * {@code visibility} "visible", {@code stdout_visibility} "hidden" and one entry per test with {@code name},
 * {@code number} ("exercise.index"), {@code score}, {@code max_score}, {@code status}
 * ("passed" only for a passed test), {@code visibility} (public "visible", hidden "after_due_date") and
 * {@code output} (the test's {@link Feedback#text()}).
 */
public final class GradescopeWriter implements ReportWriter {

    @Override
    public String fileName() {
        return "results.json";
    }

    @Override
    public void write(GradeReport report, Writer out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("score", Points.decimal(report.points()));
        root.put("execution_time", (report.wallMillis() + 500) / 1000);
        root.put("output", overview(report));
        textFormats(root);
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        for (ExerciseResult e : report.exercises()) {
            List<TestResult> list = e.tests();
            for (int i = 0; i < list.size(); i++) {
                TestResult t = list.get(i);
                ObjectNode n = tests.addObject();
                n.put("name", Feedback.oneLine(t.name()));
                n.put("name_format", "text");
                n.put("number", Feedback.number(e, i));
                n.put("score", Points.decimal(t.points()));
                n.put("max_score", Points.decimal(t.maxPoints()));
                n.put("status", t.status() == TestStatus.PASSED ? "passed" : "failed");
                n.put("visibility", t.isPublic() ? "visible" : "after_due_date");
                n.put("output", Feedback.of(t).text());
                n.put("output_format", "text");
            }
        }
        Json.write(root, out);
    }

    /**
     * Marks every text of {@code root} as plain text: Gradescope's default rendering ({@code simple_format}) drops
     * anything that looks like an HTML tag, such as {@code <init>} in a compile error or {@code <Double>} in a static
     * check's message.
     */
    public static void textFormats(ObjectNode root) {
        root.put("output_format", "text");
        root.put("test_output_format", "text");
        root.put("test_name_format", "text");
    }

    /** Submission, total, sandbox, the notes on how the submission was read, then a line per exercise with its points and status, and its problems. */
    static String overview(GradeReport report) {
        StringBuilder b = new StringBuilder();
        b.append("Submission: ").append(Feedback.oneLine(report.submission())).append('\n');
        b.append("Total: ").append(Points.of(report.points(), report.maxPoints())).append('\n');
        b.append("Sandbox: ").append(Feedback.oneLine(report.sandbox())).append('\n');
        for (String note : report.notes()) {
            b.append("Note: ").append(Feedback.oneLine(note)).append('\n');
        }
        for (ExerciseResult e : report.exercises()) {
            b.append('\n').append(Feedback.title(e)).append(": ").append(Points.of(e.points(), e.maxPoints()))
                    .append(", ").append(Feedback.status(e.status()));
            if (e.status() != ExerciseStatus.GRADED) {
                for (String p : Feedback.problems(e)) {
                    b.append("\n  ").append(p);
                }
            }
        }
        return b.toString();
    }
}
