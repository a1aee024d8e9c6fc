package dlecon.api.e6;

/**
 * One Genz test function f_j on [0,1]^d with fixed parameters (formulas in {@link GenzFamily}).
 */
public interface GenzFunction {

    /** Which of the six functions this is. */
    GenzFamily family();

    /** The dimension d. */
    int dimension();

    /** The parameters c and w as given to {@link GenzFactory#create} (immutable, equal to them). */
    GenzParameters parameters();

    /**
     * f(x).
     *
     * @param x a point of [0,1]^d (length d), not modified; 0 and 1 are allowed, and so is x_i = w_i (f5 has its
     *          kink there; f6 is exp(sum c_i x_i) at x_1 = w_1, as its condition is the strict x_1 &gt; w_1)
     * @return f(x)
     * @throws IllegalArgumentException if x is null, its length is not d, or an entry is NaN or outside [0, 1]
     */
    double value(double[] x);

    /**
     * f at each row of {@code x}: an N x d array gives N values. Not modified.
     *
     * @throws IllegalArgumentException as {@link #value} for any row
     */
    default double[] values(double[][] x) {
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            y[n] = value(x[n]);
        }
        return y;
    }

    /**
     * The exact integral of f over [0,1]^d, from its closed form, to about 1e-12 relatively (1e-14 absolutely where
     * the integral is near 0, as f1's can be) for every d up to 16 and every c_k &gt;= 0. Where a formula divides by
     * c_k, use its limit as c_k -&gt; 0 (and avoid cancellation for small c_k); f3's sum over the 2^d corners
     * cancels for small c_k or larger d and then needs a stable evaluation. The closed forms:
     * <ul>
     *   <li>f1: Re[e^{i 2 pi w_1} prod_k (e^{i c_k} - 1) / (i c_k)]
     *   = cos(2 pi w_1 + sum_k c_k / 2) prod_k sin(c_k / 2) / (c_k / 2)</li>
     *   <li>f2: prod_k c_k (atan(c_k (1 - w_k)) + atan(c_k w_k))</li>
     *   <li>f3: 1 / (d! prod_k c_k) sum_{v in {0,1}^d} (-1)^{|v|} / (1 + sum_k v_k c_k)</li>
     *   <li>f4: prod_k sqrt(pi) / (2 c_k) (erf(c_k (1 - w_k)) + erf(c_k w_k))</li>
     *   <li>f5: prod_k (2 - e^{-c_k w_k} - e^{-c_k (1 - w_k)}) / c_k</li>
     *   <li>f6: prod_{k &lt;= min(d, 2)} (e^{c_k w_k} - 1) / c_k * prod_{k &gt; 2} (e^{c_k} - 1) / c_k</li>
     * </ul>
     */
    double integral();
}
