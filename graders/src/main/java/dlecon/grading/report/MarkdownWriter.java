package dlecon.grading.report;

import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code summary.md} for a GitHub Actions step summary: a heading with submission and total, the notes on how the
 * submission was read (a quote block), an overview table, a
 * table of tests per exercise (with the status and problems of exercises that were not graded, in a code block), and
 * a "Failures" section for the graded exercises' tests that did not pass. Text from tests and submissions is escaped
 * for inline Markdown (cells included) or put in code blocks whose fence is longer than any backtick run inside.
 */
public final class MarkdownWriter implements ReportWriter {

    private static final String INLINE_SPECIAL = "\\`*_[]<>|~&$";

    @Override
    public String fileName() {
        return "summary.md";
    }

    @Override
    public void write(GradeReport report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("## Grade: ").append(inline(report.submission())).append(" \u2014 ")
                .append(Points.of(report.points(), report.maxPoints())).append("\n\n");
        for (String note : report.notes()) {
            b.append("> **Note:** ").append(inline(note)).append("\n>\n");
        }
        if (!report.notes().isEmpty()) {
            b.setLength(b.length() - 2);
            b.append('\n');
        }
        b.append("| Exercise | Status | Points |\n| --- | --- | ---: |\n");
        for (ExerciseResult e : report.exercises()) {
            row(b, Feedback.title(e), Feedback.status(e.status()), Points.of(e.points(), e.maxPoints()));
        }
        for (ExerciseResult e : report.exercises()) {
            exercise(b, e);
        }
        failures(b, report);
        out.write(b.toString());
        out.flush();
    }

    private static void exercise(StringBuilder b, ExerciseResult e) {
        b.append("\n### ").append(inline(Feedback.title(e))).append(" \u2014 ")
                .append(Points.of(e.points(), e.maxPoints())).append("\n\n");
        if (e.status() != ExerciseStatus.GRADED) {
            b.append("**Status: ").append(Feedback.status(e.status()))
                    .append("** \u2014 the tests of this exercise score 0.\n\n");
            List<String> problems = Feedback.problems(e);
            if (!problems.isEmpty()) {
                b.append(codeBlock(String.join("\n", problems))).append('\n');
            }
        }
        if (e.tests().isEmpty()) {
            b.append("No tests.\n");
            return;
        }
        b.append("| # | Test | Status | Points |\n| --- | --- | --- | ---: |\n");
        for (int i = 0; i < e.tests().size(); i++) {
            TestResult t = e.tests().get(i);
            row(b, Feedback.number(e, i), t.name(), Feedback.outcome(t.status()) + (t.isPublic() ? "" : " (hidden)"),
                    Points.of(t.points(), t.maxPoints()));
        }
    }

    private static void failures(StringBuilder b, GradeReport report) {
        boolean first = true;
        for (ExerciseResult e : report.exercises()) {
            if (e.status() != ExerciseStatus.GRADED) {
                continue;
            }
            for (int i = 0; i < e.tests().size(); i++) {
                TestResult t = e.tests().get(i);
                if (t.status() == TestStatus.PASSED) {
                    continue;
                }
                if (first) {
                    b.append("\n### Failures\n");
                    first = false;
                }
                failure(b, Feedback.number(e, i), t);
            }
        }
    }

    private static void failure(StringBuilder b, String number, TestResult t) {
        Feedback f = Feedback.of(t);
        b.append("\n#### ").append(number).append(' ').append(inline(t.name())).append(" \u2014 ")
                .append(f.outcome()).append(", ").append(Points.of(t.points(), t.maxPoints()))
                .append(f.hidden() ? " (hidden test)" : "").append("\n\n");
        item(b, "Message", f.reason());
        item(b, "Cases", f.cases());
        item(b, "Category", f.category());
        item(b, "Hint", f.hint());
        if (!f.values().isEmpty()) {
            b.append('\n').append(codeBlock(String.join("\n", Feedback.aligned(f.values()))));
        }
        if (!f.output().isEmpty()) {
            b.append("\nCaptured output:\n\n").append(codeBlock(f.output()));
        }
    }

    private static void item(StringBuilder b, String key, String value) {
        if (!value.isEmpty()) {
            b.append("- ").append(key).append(": ").append(inline(value)).append('\n');
        }
    }

    private static void row(StringBuilder b, String... cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(inline(c)).append(" |");
        }
        b.append('\n');
    }

    /** {@code s} on one line with Markdown's inline syntax (and the table cell separator) backslash-escaped. */
    static String inline(String s) {
        String line = Feedback.oneLine(s);
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A fenced code block around {@code text}, the fence one backtick longer than any backtick run inside. */
    static String codeBlock(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + Feedback.clean(text) + "\n" + fence + "\n";
    }
}
