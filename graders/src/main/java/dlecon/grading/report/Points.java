package dlecon.grading.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of points for every report: at most two decimals, no trailing zeros, independent of the locale. */
public final class Points {

    private Points() {
    }

    /**
     * {@code points} rounded half-up to two decimals, without trailing zeros or exponent, e.g. 3, 2.5, 0.33, 0.67.
     * Negative zero prints as 0.
     *
     * @throws IllegalArgumentException when {@code points} is NaN or infinite
     */
    public static String format(double points) {
        return decimal(points).toPlainString();
    }

    /**
     * "earned / max", e.g. "2.5 / 3".
     *
     * @throws IllegalArgumentException when either value is NaN or infinite
     */
    public static String of(double earned, double max) {
        return format(earned) + " / " + format(max);
    }

    /**
     * {@code points} as the exact decimal that {@link #format(double)} prints, for JSON numbers (scale &gt;= 0, so
     * Jackson writes no exponent).
     *
     * @throws IllegalArgumentException when {@code points} is NaN or infinite
     */
    public static BigDecimal decimal(double points) {
        if (!Double.isFinite(points)) {
            throw new IllegalArgumentException("points must be finite, got " + points);
        }
        BigDecimal d = BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY) : d;
    }
}
