package dlecon.solution.e6;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;

/**
 * f6(x) = 0 if x_1 &gt; w_1 or x_2 &gt; w_2 (for d = 1 only the first condition), else exp(sum_i c_i x_i).
 * Integral: prod_{k &lt;= min(d, 2)} (e^{c_k w_k} - 1) / c_k * prod_{k &gt; 2} (e^{c_k} - 1) / c_k, each factor
 * computed as expm1(c a) / c (accurate relatively however small c is), with the limit a for c below the smallest
 * normal double.
 */
final class Discontinuous extends GenzBase {

    Discontinuous(GenzParameters p) {
        super(GenzFamily.DISCONTINUOUS, p);
    }

    @Override
    protected double evaluate(double[] x) {
        // BEGIN SOLUTION: E6 f6 = 0 if x_1 > w_1 or x_2 > w_2 (only x_1 for d = 1), else exp(sum c_i x_i)
        for (int i = 0; i < Math.min(2, x.length); i++) {
            if (x[i] > p.w(i)) {
                return 0;
            }
        }
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += p.c(i) * x[i];
        }
        return Math.exp(s);
        // END SOLUTION
    }

    @Override
    public double integral() {
        // BEGIN SOLUTION: E6 integral of f6: prod_{k <= 2} (e^{c_k w_k} - 1) / c_k prod_{k > 2} (e^{c_k} - 1) / c_k
        double f = 1;
        for (int k = 0; k < p.dimension(); k++) {
            f *= expm1Ratio(p.c(k), k < 2 ? p.w(k) : 1);
        }
        return f;
        // END SOLUTION
    }

    // BEGIN REMOVE
    /** int_0^a e^{c t} dt = (e^{c a} - 1) / c, with the limit a as c -&gt; 0 (the c a^2 / 2 term is below 1e-308). */
    private static double expm1Ratio(double c, double a) {
        return c < Double.MIN_NORMAL ? a : Math.expm1(c * a) / c;
    }
    // END REMOVE
}
