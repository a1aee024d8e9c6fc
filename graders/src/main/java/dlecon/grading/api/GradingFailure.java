package dlecon.grading.api;

import org.opentest4j.AssertionFailedError;

/**
 * A failed grader check with structured feedback: what was checked, the expected and actual values as text, the
 * tolerance and the test's hint. Its message carries all of them in one line ({@link #text}), so Maven, an IDE and
 * the Surefire reports show the same failure text as the grader's own reports, which read the parts separately and
 * show them for public tests (hidden ones: only the test's category and hint).
 */
public final class GradingFailure extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    private final String what;
    private final String expectedText;
    private final String actualText;
    private final String tolerance;
    private final String hint;

    /**
     * @param what      what went wrong, e.g. "gradient of layer 2 weights, entry (1, 3)"
     * @param expected  the expected value as text
     * @param actual    the submission's value as text
     * @param tolerance the accepted deviation as text, or "" for exact checks
     */
    public GradingFailure(String what, String expected, String actual, String tolerance) {
        this(what, expected, actual, tolerance, "");
    }

    private GradingFailure(String what, String expected, String actual, String tolerance, String hint) {
        super(text(what, expected, actual, tolerance, hint), expected, actual);
        this.what = what == null ? "" : what;
        this.expectedText = expected;
        this.actualText = actual;
        this.tolerance = tolerance == null ? "" : tolerance;
        this.hint = hint == null ? "" : hint;
    }

    /**
     * The one-line failure text: {@code what: expected E, actual A (tolerance T); hint: H}, leaving out the parts
     * that are empty.
     */
    public static String text(String what, String expected, String actual, String tolerance, String hint) {
        StringBuilder b = new StringBuilder(what == null ? "" : what);
        boolean values = expected != null && !expected.isEmpty() || actual != null && !actual.isEmpty();
        if (values) {
            b.append(": expected ").append(expected).append(", actual ").append(actual);
        }
        if ("exact".equals(tolerance)) {
            b.append(" (exact)");
        } else if (tolerance != null && !tolerance.isEmpty()) {
            b.append(" (tolerance ").append(tolerance).append(')');
        }
        if (hint != null && !hint.isEmpty()) {
            b.append("; hint: ").append(hint);
        }
        return b.toString();
    }

    /** This failure with the test's hint added to its text (same stack trace). */
    public GradingFailure withHint(String testHint) {
        if (testHint == null || testHint.isEmpty() || !hint.isEmpty()) {
            return this;
        }
        GradingFailure f = new GradingFailure(what, expectedText, actualText, tolerance, testHint);
        f.setStackTrace(getStackTrace());
        return f;
    }

    /** What was checked (the message without values, tolerance and hint). */
    public String what() {
        return what;
    }

    /** The expected value as text. */
    public String expectedText() {
        return expectedText;
    }

    /** The submission's value as text. */
    public String actualText() {
        return actualText;
    }

    /** The accepted deviation as text ("" when the check is exact). */
    public String tolerance() {
        return tolerance;
    }

    /** The test's hint ("" until {@link #withHint} added it). */
    public String hint() {
        return hint;
    }
}
