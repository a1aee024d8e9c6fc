package dlecon.grading.report;

import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * {@code junit.xml} in the Ant/Surefire JUnit XML format, valid against the Jenkins xunit plugin's {@code junit-10.xsd}:
 * a {@code <testsuites>} root (name, tests, failures, errors, time) with one {@code <testsuite>} per exercise (named by
 * its title, with its status, points and the submission's notes on how it was read as properties and its problems in
 * {@code <system-err>}), one {@code <testcase classname="E1">} per test. A failed test has a
 * {@code <failure type="assertion">}, an errored, timed out, crashed or not run test an {@code <error type="label">},
 * an aborted or skipped test a {@code <skipped>}; the message attribute is {@link Feedback#message()} (for a public
 * test with expected, actual, tolerance and hint: consumers such as Artemis keep only that attribute), the element text
 * the {@link Feedback#text()} without output, and a public test's captured output goes to its {@code <system-out>}.
 * Text is escaped and {@link Feedback#clean(String) cleaned} of characters XML 1.0 forbids. {@link SurefireXmlWriter}
 * writes the same suites one file each.
 */
public final class JUnitXmlWriter implements ReportWriter {

    @Override
    public String fileName() {
        return "junit.xml";
    }

    @Override
    public void write(GradeReport report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        List<TestResult> all = report.tests().toList();
        b.append("<testsuites name=\"").append(attr("dlecon grading of " + report.submission())).append('"');
        counts(b, all, false);
        b.append(" time=\"").append(seconds(report.wallMillis())).append("\">\n");
        for (ExerciseResult e : report.exercises()) {
            suite(b, e, report.notes(), false);
        }
        b.append("</testsuites>\n");
        out.write(b.toString());
        out.flush();
    }

    /**
     * One exercise's {@code <testsuite>}. {@code standalone}: the root of a file of its own in Surefire's layout, where
     * a suite has no output elements, so its problems become {@code problem} properties; else the problems go to the
     * suite's {@code <system-err>}.
     */
    static void suite(StringBuilder b, ExerciseResult e, List<String> notes, boolean standalone) {
        b.append("  <testsuite name=\"").append(attr(Feedback.title(e))).append('"');
        counts(b, e.tests(), true);
        b.append(" time=\"").append(seconds(e.timings().totalMillis())).append("\">\n");
        b.append("    <properties>\n");
        property(b, "status", Feedback.status(e.status()));
        property(b, "points", Points.format(e.points()));
        property(b, "max_points", Points.format(e.maxPoints()));
        for (String note : notes) {
            property(b, "submission_note", note);
        }
        List<String> problems = Feedback.problems(e);
        if (standalone) {
            problems.forEach(p -> property(b, "problem", p));
        }
        b.append("    </properties>\n");
        for (TestResult t : e.tests()) {
            testcase(b, t);
        }
        if (!problems.isEmpty() && !standalone) {
            b.append("    <system-err>").append(text(String.join("\n", problems))).append("</system-err>\n");
        }
        b.append("  </testsuite>\n");
    }

    private static void testcase(StringBuilder b, TestResult t) {
        b.append("    <testcase classname=\"").append(t.exercise().name()).append("\" name=\"")
                .append(attr(t.name())).append("\" time=\"").append(seconds(t.millis())).append('"');
        Feedback f = Feedback.of(t);
        String element = switch (t.status()) {
            case PASSED -> null;
            case FAILED -> "failure";
            case ABORTED, SKIPPED -> "skipped";
            case ERRORED, TIMED_OUT, CRASHED, NOT_RUN -> "error";
        };
        if (element == null && f.output().isEmpty()) {
            b.append("/>\n");
            return;
        }
        b.append(">\n");
        if (element != null) {
            b.append("      <").append(element).append(" message=\"").append(attr(f.message())).append('"');
            if (!element.equals("skipped")) {
                String type = t.status() == TestStatus.FAILED ? "assertion" : t.status().label();
                b.append(" type=\"").append(type).append('"');
            }
            b.append('>').append(text(f.withoutOutput().text())).append("</").append(element).append(">\n");
        }
        if (!f.output().isEmpty()) {
            b.append("      <system-out>").append(text(f.output())).append("</system-out>\n");
        }
        b.append("    </testcase>\n");
    }

    /** The count attributes; {@code skipped} only on a suite (the xunit plugin's schema refuses it on the root). */
    private static void counts(StringBuilder b, List<TestResult> tests, boolean withSkipped) {
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (TestResult t : tests) {
            switch (t.status()) {
                case PASSED -> { }
                case FAILED -> failures++;
                case ABORTED, SKIPPED -> skipped++;
                case ERRORED, TIMED_OUT, CRASHED, NOT_RUN -> errors++;
            }
        }
        b.append(" tests=\"").append(tests.size()).append("\" failures=\"").append(failures)
                .append("\" errors=\"").append(errors).append('"');
        if (withSkipped) {
            b.append(" skipped=\"").append(skipped).append('"');
        }
    }

    private static void property(StringBuilder b, String name, String value) {
        b.append("      <property name=\"").append(name).append("\" value=\"").append(attr(value)).append("\"/>\n");
    }

    /** Milliseconds as seconds with three decimals, e.g. "1.250". */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** Character data: cleaned, with {@code &}, {@code <} and {@code >} escaped. */
    static String text(String s) {
        return escape(Feedback.clean(s), false);
    }

    /** An attribute value in double quotes: as {@link #text}, plus {@code "}, tab and line feed as references. */
    static String attr(String s) {
        return escape(Feedback.clean(s), true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
