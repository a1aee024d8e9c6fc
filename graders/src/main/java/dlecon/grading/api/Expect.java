package dlecon.grading.api;

/**
 * Numeric checks of grader tests that fail with a {@link GradingFailure} (expected, actual, tolerance). A value
 * {@code a} is close to {@code e} when both are finite and {@code |a - e| <= abs + rel * |e|}; NaN and infinities
 * are never close to anything.
 */
public final class Expect {

    private Expect() {
    }

    /** Fails unless {@code actual} is close to {@code expected} (see the class comment). */
    public static void close(String what, double actual, double expected, double rel, double abs) {
        if (!isClose(actual, expected, rel, abs)) {
            throw new GradingFailure(what, Double.toString(expected), Double.toString(actual), tolerance(rel, abs));
        }
    }

    /**
     * Element-wise {@link #close(String, double, double, double, double)}; the message names the worst entry (the
     * largest deviation beyond its tolerance; a NaN or infinity first) and how many entries are outside.
     */
    public static void close(String what, double[] actual, double[] expected, double rel, double abs) {
        if (actual == null || actual.length != expected.length) {
            throw new GradingFailure(what + ": length", Integer.toString(expected.length),
                    actual == null ? "null" : Integer.toString(actual.length), "");
        }
        int worst = -1;
        int bad = 0;
        double worstExcess = 0;
        for (int i = 0; i < expected.length; i++) {
            if (!isClose(actual[i], expected[i], rel, abs)) {
                bad++;
                double excess = Double.isFinite(actual[i]) && Double.isFinite(expected[i])
                        ? Math.abs(actual[i] - expected[i]) - abs - rel * Math.abs(expected[i])
                        : Double.POSITIVE_INFINITY;
                if (worst < 0 || excess > worstExcess) {
                    worst = i;
                    worstExcess = excess;
                }
            }
        }
        if (worst >= 0) {
            String where = bad == 1 ? " [" + worst + "]" : " [" + worst + "] (the worst of " + bad + " of "
                    + expected.length + " entries outside the tolerance)";
            close(what + where, actual[worst], expected[worst], rel, abs);
        }
    }

    /** Fails unless {@code actual == expected} exactly (both finite; {@code -0.0 == 0.0}). */
    public static void exactly(String what, double actual, double expected) {
        if (!(Double.isFinite(actual) && actual == expected)) {
            throw new GradingFailure(what, Double.toString(expected), Double.toString(actual), "exact");
        }
    }

    /** Fails with the given texts unless {@code condition} holds. */
    public static void that(String what, boolean condition, String expected, String actual) {
        if (!condition) {
            throw new GradingFailure(what, expected, actual, "");
        }
    }

    /** True when both are finite and {@code |a - e| <= abs + rel * |e|}. */
    public static boolean isClose(double actual, double expected, double rel, double abs) {
        return Double.isFinite(actual) && Double.isFinite(expected)
                && Math.abs(actual - expected) <= abs + rel * Math.abs(expected);
    }

    /** The text of a tolerance, e.g. {@code |a-e| <= 1.0E-9 + 1.0E-6|e|}. */
    public static String tolerance(double rel, double abs) {
        return "|a-e| <= " + abs + " + " + rel + "|e|";
    }
}
