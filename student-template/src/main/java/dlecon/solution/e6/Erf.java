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
        throw new UnsupportedOperationException("TODO E6 erf(x) to about 1e-15 (series for small |x|, erfc continued fraction for large |x|)");
    }

}
