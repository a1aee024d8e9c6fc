package dlecon.grading.api;

import org.opentest4j.AssertionFailedError;

/**
 * A failed grader check with structured feedback: what was checked, the expected and actual values as text and the
 * tolerance. Reports show all of it for public tests and only the test's category and hint for hidden ones.
 */
public final class GradingFailure extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    private final String expectedText;
    private final String actualText;
    private final String tolerance;

    /**
     * @param message   what went wrong, e.g. "gradient of layer 2 weights, entry (1, 3)"
     * @param expected  the expected value as text
     * @param actual    the submission's value as text
     * @param tolerance the accepted deviation as text, or "" for exact checks
     */
    public GradingFailure(String message, String expected, String actual, String tolerance) {
        super(message, expected, actual);
        this.expectedText = expected;
        this.actualText = actual;
        this.tolerance = tolerance == null ? "" : tolerance;
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
}
