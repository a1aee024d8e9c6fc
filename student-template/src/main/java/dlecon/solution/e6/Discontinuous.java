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
        throw new UnsupportedOperationException("TODO E6 f6 = 0 if x_1 > w_1 or x_2 > w_2 (only x_1 for d = 1), else exp(sum c_i x_i)");
    }

    @Override
    public double integral() {
        throw new UnsupportedOperationException("TODO E6 integral of f6: prod_{k <= 2} (e^{c_k w_k} - 1) / c_k prod_{k > 2} (e^{c_k} - 1) / c_k");
    }

}
