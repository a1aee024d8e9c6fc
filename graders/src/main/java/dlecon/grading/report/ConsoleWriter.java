package dlecon.grading.report;

import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The terminal summary: the notes on how the submission was read, then per exercise a plain-text table (test, status, points earned / max) under a line with the
 * exercise's total and status, the problem lines of exercises that were not graded, then the failures of the graded
 * exercises with their one-line reason, values (public tests) or category (hidden tests) and hint, and a final total
 * line. Columns are padded to the widest entry of the report, so the output is deterministic. Not a report file.
 */
public final class ConsoleWriter {

    private static final String INDENT = "  ";
    private static final String DETAIL = "      ";

    /**
     * Writes the summary to {@code out}, which is flushed but not closed.
     *
     * @throws IOException when {@code out} fails
     */
    public void write(GradeReport report, Writer out) throws IOException {
        out.write(format(report));
        out.flush();
    }

    /** Prints the summary to {@code out} in the stream's own encoding. */
    public void print(GradeReport report, PrintStream out) {
        out.print(format(report));
        out.flush();
    }

    /** The summary as text. */
    public String format(GradeReport report) {
        StringWriter w = new StringWriter();
        try {
            write(report, w, widths(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static int[] widths(GradeReport report) {
        int[] w = new int[3];
        report.tests().forEach(t -> {
            w[0] = Math.max(w[0], Feedback.oneLine(t.name()).length());
            w[1] = Math.max(w[1], Feedback.outcome(t.status()).length());
            w[2] = Math.max(w[2], Points.of(t.points(), t.maxPoints()).length());
        });
        return w;
    }

    private static void write(GradeReport report, Writer out, int[] w) throws IOException {
        out.write("Grade of " + Feedback.oneLine(report.submission()) + " (sandbox "
                + Feedback.oneLine(report.sandbox()) + ")\n");
        for (String note : report.notes()) {
            out.write("Note: " + Feedback.oneLine(note) + "\n");
        }
        for (ExerciseResult e : report.exercises()) {
            out.write("\n" + Feedback.oneLine(Feedback.title(e)) + ": " + Points.of(e.points(), e.maxPoints()) + " ("
                    + Feedback.status(e.status()) + ")\n");
            if (e.status() != ExerciseStatus.GRADED) {
                for (String p : Feedback.problems(e)) {
                    out.write(INDENT + "! " + p + "\n");
                }
            }
            for (TestResult t : e.tests()) {
                String line = INDENT + pad(Feedback.oneLine(t.name()), w[0]) + "  " + pad(Feedback.outcome(t.status()),
                        w[1]) + "  " + padLeft(Points.of(t.points(), t.maxPoints()), w[2])
                        + (t.isPublic() ? "" : "  (hidden)");
                out.write(line.stripTrailing() + "\n");
            }
        }
        failures(report, out);
        out.write("\nTotal: " + Points.of(report.points(), report.maxPoints()) + "\n");
    }

    private static void failures(GradeReport report, Writer out) throws IOException {
        boolean first = true;
        for (ExerciseResult e : report.exercises()) {
            if (e.status() != ExerciseStatus.GRADED) {
                continue;
            }
            for (TestResult t : e.tests()) {
                if (t.status() == TestStatus.PASSED) {
                    continue;
                }
                if (first) {
                    out.write("\nFailures:\n");
                    first = false;
                }
                Feedback f = Feedback.of(t);
                out.write(INDENT + Feedback.oneLine(t.name()) + ": " + Feedback.oneLine(f.headline())
                        + (f.hidden() ? " (hidden test)" : "") + "\n");
                List<String[]> details = f.details();
                details.forEach(d -> d[1] = Feedback.oneLine(d[1]));
                for (String line : Feedback.aligned(details)) {
                    out.write(DETAIL + line + "\n");
                }
            }
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
