package dlecon.grading.model;

import java.util.Objects;

/**
 * Why a test did not pass: a one-line message and, when the check was numeric, the expected and actual values and
 * the tolerance (empty strings when not applicable). Writers show the values for public tests only.
 *
 * @param message   one-line reason, e.g. "timed out after 60 s" or "gradient of layer 2 weights [3]"
 * @param expected  expected value as text, or ""
 * @param actual    actual value as text, or ""
 * @param tolerance accepted deviation as text, or ""
 */
public record Failure(String message, String expected, String actual, String tolerance) {

    public Failure {
        Objects.requireNonNull(message, "message");
        expected = expected == null ? "" : expected;
        actual = actual == null ? "" : actual;
        tolerance = tolerance == null ? "" : tolerance;
    }

    /** A failure with a message only. */
    public static Failure of(String message) {
        return new Failure(message, "", "", "");
    }

    /** True when expected or actual values are present. */
    public boolean hasValues() {
        return !expected.isEmpty() || !actual.isEmpty();
    }
}
