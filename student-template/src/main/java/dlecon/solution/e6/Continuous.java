package dlecon.solution.e6;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;

/**
 * f5(x) = exp(-sum_i c_i |x_i - w_i|). Integral: prod_k (2 - e^{-c_k w_k} - e^{-c_k (1 - w_k)}) / c_k, computed as
 * prod_k (-expm1(-c_k w_k) - expm1(-c_k (1 - w_k))) / c_k (no cancellation), each factor replaced near c_k = 0 by
 * its Taylor expansion 1 - c_k (w_k^2 + (1 - w_k)^2) / 2 + c_k^2 (w_k^3 + (1 - w_k)^3) / 6.
 */
final class Continuous extends GenzBase {

    Continuous(GenzParameters p) {
        super(GenzFamily.CONTINUOUS, p);
    }

    @Override
    protected double evaluate(double[] x) {
        throw new UnsupportedOperationException("TODO E6 f5 = exp(-sum c_i |x_i - w_i|)");
    }

    @Override
    public double integral() {
        throw new UnsupportedOperationException("TODO E6 integral of f5: prod (2 - e^{-c_k w_k} - e^{-c_k (1 - w_k)}) / c_k");
    }
}
