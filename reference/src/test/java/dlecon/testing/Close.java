package dlecon.testing;

import static org.assertj.core.api.Assertions.fail;

/**
 * NaN-aware closeness assertions. A NaN or an infinity never passes a closeness check unless it is exactly what
 * was expected (same infinity), and the failure message always shows expected, actual and the tolerance.
 */
public final class Close {

    private Close() {
    }

    /** True iff |actual - expected| &lt;= relTol * max(|expected|, floor); false for any NaN. */
    public static boolean isClose(double actual, double expected, double relTol, double floor) {
        if (Double.isNaN(actual) || Double.isNaN(expected)) {
            return false;
        }
        if (Double.isInfinite(actual) || Double.isInfinite(expected)) {
            return actual == expected;
        }
        return Math.abs(actual - expected) <= relTol * Math.max(Math.abs(expected), floor);
    }

    /** Asserts |actual - expected| &lt;= relTol * |expected| (absolute relTol when expected is 0). */
    public static void assertRelative(String what, double actual, double expected, double relTol) {
        if (!isClose(actual, expected, relTol, expected == 0 ? 1.0 : Double.MIN_NORMAL)) {
            fail("%s: expected %.17g but was %.17g (relative tolerance %.1e)", what, expected, actual, relTol);
        }
    }

    /** Asserts |actual - expected| &lt;= absTol. */
    public static void assertAbsolute(String what, double actual, double expected, double absTol) {
        if (!isClose(actual, expected, absTol, 1.0) || Math.abs(actual - expected) > absTol) {
            fail("%s: expected %.17g but was %.17g (absolute tolerance %.1e)", what, expected, actual, absTol);
        }
    }

    /** Element-wise {@link #assertRelative} on vectors of equal length. */
    public static void assertRelative(String what, double[] actual, double[] expected, double relTol) {
        if (actual == null || actual.length != expected.length) {
            fail("%s: expected %d values but got %s", what, expected.length,
                    actual == null ? "null" : String.valueOf(actual.length));
        }
        for (int i = 0; i < expected.length; i++) {
            assertRelative(what + "[" + i + "]", actual[i], expected[i], relTol);
        }
    }

    /** Element-wise {@link #assertRelative} on matrices of equal shape. */
    public static void assertRelative(String what, double[][] actual, double[][] expected, double relTol) {
        if (actual == null || actual.length != expected.length) {
            fail("%s: expected %d rows but got %s", what, expected.length,
                    actual == null ? "null" : String.valueOf(actual.length));
        }
        for (int i = 0; i < expected.length; i++) {
            assertRelative(what + "[" + i + "]", actual[i], expected[i], relTol);
        }
    }
}
