package dlecon.grading.report;

import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.Failure;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a report may show about one test, and the shared labels of every writer. {@link #of(TestResult)} is the single
 * place that applies the visibility rule: a public test shows its failure message, expected and actual values,
 * tolerance, passed cases, hint and captured output; a hidden test shows only its outcome, category and hint (never
 * its message, values, output or seeds). Writers read test details only through this record. Every text is
 * {@link #clean(String) cleaned}.
 *
 * @param outcome   the outcome label, e.g. "failed" or "timed out"
 * @param hidden    true for a hidden test
 * @param reason    the failure message (public tests that did not pass), or ""
 * @param expected  the expected value (public), or ""
 * @param actual    the actual value (public), or ""
 * @param tolerance the accepted deviation (public), or ""
 * @param cases     "k of n passed" for a partial-credit test (public, not passed), or ""
 * @param category  what the test checks (hidden tests that did not pass), or ""
 * @param hint      where to look (tests that did not pass), or ""
 * @param output    the captured output, capped at {@link #OUTPUT_LIMIT} characters (public), or ""
 */
public record Feedback(String outcome, boolean hidden, String reason, String expected, String actual,
                       String tolerance, String cases, String category, String hint, String output) {

    /** Longest captured output a report shows for one test; longer output is cut with a marker. */
    public static final int OUTPUT_LIMIT = 2000;

    /** The visible feedback of {@code t}. */
    public static Feedback of(TestResult t) {
        String outcome = outcome(t.status());
        boolean passed = t.status() == TestStatus.PASSED;
        String hint = passed ? "" : clean(t.hint());
        if (!t.isPublic()) {
            return new Feedback(outcome, true, "", "", "", "", "", passed ? "" : clean(t.category()), hint, "");
        }
        Failure f = t.failure();
        String cases = !passed && t.casesTotal() > 0 ? t.casesPassed() + " of " + t.casesTotal() + " passed" : "";
        String output = capOutput(clean(t.output()).replaceAll("\n+$", ""));
        if (f == null) {
            return new Feedback(outcome, false, "", "", "", "", "", "", hint, output);
        }
        return new Feedback(outcome, false, clean(f.message()), clean(f.expected()), clean(f.actual()),
                clean(f.tolerance()), cases, "", hint, output);
    }

    /**
     * The feedback as plain text, one "key: value" line each: the outcome (with the reason for public tests), then
     * expected, actual, tolerance, cases, category, hint and, last, "output:" followed by the captured output.
     */
    public String text() {
        StringBuilder b = new StringBuilder(headline());
        for (String[] line : details()) {
            b.append('\n').append(line[0]).append(": ").append(line[1]);
        }
        if (!output.isEmpty()) {
            b.append("\noutput:\n").append(output);
        }
        return b.toString();
    }

    /** This feedback without the captured output. */
    public Feedback withoutOutput() {
        return new Feedback(outcome, hidden, reason, expected, actual, tolerance, cases, category, hint, "");
    }

    /** One line: the outcome and, for public tests, the reason; for hidden tests with a category, that category. */
    public String summary() {
        if (hidden && !category.isEmpty()) {
            return outcome + " (hidden test; category: " + oneLine(category) + ")";
        }
        return oneLine(headline());
    }

    /**
     * One line for consumers that keep only a message attribute (JUnit XML in Artemis or Jenkins): {@link #summary()},
     * then the values, cases and hint present as "; key value", e.g. "failed: W after step 1 [0]; expected 0.25;
     * actual -0.25; tolerance 1e-12; hint: W -= eta X^T (y - t)". A hidden test shows its category and hint only.
     */
    public String message() {
        StringBuilder b = new StringBuilder(summary());
        for (String[] d : details()) {
            if (!(hidden && d[0].equals("category"))) { // the summary names a hidden test's category already
                b.append("; ").append(d[0]).append(d[0].equals("hint") ? ": " : " ").append(d[1]);
            }
        }
        return oneLine(b.toString());
    }

    /**
     * The outcome, followed by ": reason" when there is one; the reason alone when it already starts with the outcome
     * (e.g. "timed out after 60 s").
     */
    public String headline() {
        if (reason.isEmpty()) {
            return outcome;
        }
        return reason.toLowerCase(Locale.ROOT).startsWith(outcome) ? reason : outcome + ": " + reason;
    }

    /** Expected, actual and tolerance as {key, value} pairs, only those present. */
    public List<String[]> values() {
        List<String[]> v = new ArrayList<>();
        add(v, "expected", expected);
        add(v, "actual", actual);
        add(v, "tolerance", tolerance);
        return v;
    }

    /** {@link #values()} followed by cases, category and hint, only those present, as {key, value} pairs. */
    public List<String[]> details() {
        List<String[]> d = values();
        add(d, "cases", cases);
        add(d, "category", category);
        add(d, "hint", hint);
        return d;
    }

    /**
     * {key, value} pairs as lines "key:" padded to a common width, then the value; continuation lines of a multi-line
     * value are indented to the value column.
     */
    public static List<String> aligned(List<String[]> pairs) {
        int width = pairs.stream().mapToInt(p -> p[0].length() + 1).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (String[] p : pairs) {
            String pad = " ".repeat(width + 1);
            String key = (p[0] + ":" + pad).substring(0, width + 1);
            lines.add(key + String.join("\n" + pad, p[1].split("\n", -1)));
        }
        return lines;
    }

    private static void add(List<String[]> lines, String key, String value) {
        if (!value.isEmpty()) {
            lines.add(new String[] {key, value});
        }
    }

    /** The label of a test outcome, e.g. "passed", "timed out", "not run". */
    public static String outcome(TestStatus s) {
        return s.label().replace('_', ' ');
    }

    /** The label of an exercise status, e.g. "graded", "compile error", "not submitted". */
    public static String status(ExerciseStatus s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "E1 Gradient descent and SGD". */
    public static String title(ExerciseResult e) {
        return e.exercise().name() + " " + e.exercise().title();
    }

    /** The report number of the {@code index}-th (0-based) test of exercise {@code e}, e.g. "3.2". */
    public static String number(ExerciseResult e, int index) {
        return (e.exercise().ordinal() + 1) + "." + (index + 1);
    }

    /** The exercise's problem lines (compile errors, refused references), cleaned, blank lines dropped. */
    public static List<String> problems(ExerciseResult e) {
        List<String> lines = new ArrayList<>();
        for (String p : e.problems()) {
            for (String line : clean(p).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** {@code s} with line breaks and tabs replaced by single spaces and trimmed. */
    public static String oneLine(String s) {
        return clean(s).replaceAll("[\\n\\t ]+", " ").trim();
    }

    /**
     * {@code s} made safe for every format: CR LF and lone CR become LF; other control characters (C0 except tab and
     * LF, DEL, C1), lone surrogates and U+FFFE/U+FFFF are removed, so the text is legal XML 1.0 and cannot drive a
     * terminal. Null gives "".
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                    b.append('\n');
                }
            } else if (c == '\n' || c == '\t') {
                b.append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff) {
                continue;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    b.append(c).append(s.charAt(++i));
                }
            } else if (!Character.isLowSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String capOutput(String s) {
        if (s.length() <= OUTPUT_LIMIT) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(OUTPUT_LIMIT - 1)) ? OUTPUT_LIMIT - 1 : OUTPUT_LIMIT;
        return s.substring(0, cut) + "\n... [" + (s.length() - cut) + " more characters cut]";
    }
}
