package dlecon.solution.e6;

/**
 * The error function erf(x) = 2 / sqrt(pi) int_0^x e^{-t^2} dt to about 1e-16 absolute error:
 * <ul>
 *   <li>|x| &lt; 2.5: the series erf(x) = 2 / sqrt(pi) e^{-x^2} sum_{n &gt;= 0} 2^n x^{2n+1} / (1 3 5 ... (2n+1))
 *   (Abramowitz and Stegun 7.1.6), whose terms are all positive, so there is no cancellation;</li>
 *   <li>|x| &gt;= 2.5: erf = 1 - erfc with the continued fraction (A and S 7.1.14)
 *   erfc(x) = e^{-x^2} / sqrt(pi) * 1 / (x + (1/2) / (x + 1 / (x + (3/2) / (x + 2 / (x + ...))))),
 *   evaluated from its 40th level back to the first;</li>
 * </ul>
 * For huge |x| (and infinity) e^{-x^2} is 0, so erf is exactly +-1; a NaN propagates to NaN through the continued
 * fraction. Odd: erf(-x) = -erf(x).
 */
final class Erf {

    private Erf() {
    }

    /** erf(x); see the class comment. */
    static double erf(double x) {
        // BEGIN SOLUTION: E6 erf(x) to about 1e-15 (series for small |x|, erfc continued fraction for large |x|)
        double a = Math.abs(x);
        double r;
        if (a < 2.5) {
            r = series(a);
        } else {
            r = 1 - erfcContinuedFraction(a);
        }
        return x < 0 ? -r : r;
        // END SOLUTION
    }

    // BEGIN REMOVE
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    /** Terms of the series: at x = 2.5 the 40th is below 1e-17 of the sum (30 terms leave 3e-12). */
    private static final int SERIES_TERMS = 40;
    /** Levels of the continued fraction: converged to rounding for x &gt;= 2.5 (20 levels leave 1e-11 there). */
    private static final int FRACTION_LEVELS = 40;

    /** 2 / sqrt(pi) e^{-x^2} sum_{n &lt; 40} 2^n x^{2n+1} / (2n+1)!!, for 0 &lt;= x &lt; 2.5. */
    private static double series(double x) {
        double x2 = 2 * x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < SERIES_TERMS; n++) {
            term *= x2 / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
    }

    /**
     * erfc(x) for x &gt;= 2.5 by the continued fraction x + a_1 / (x + a_2 / (x + ...)), a_n = n / 2, evaluated from
     * its 40th level back to the first (no division by a small number: every level is at least x).
     */
    private static double erfcContinuedFraction(double x) {
        double f = x;
        for (int n = FRACTION_LEVELS; n >= 1; n--) {
            f = x + n / 2.0 / f;
        }
        return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
    }
    // END REMOVE
}
