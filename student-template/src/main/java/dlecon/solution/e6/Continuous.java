package dlecon.solution.e6;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;

/**
 * f5(x) = exp(-sum_i c_i |x_i - w_i|). Integral: prod_k (2 - e^{-c_k w_k} - e^{-c_k (1 - w_k)}) / c_k, computed as
 * prod_k (-expm1(-c_k w_k) - expm1(-c_k (1 - w_k))) / c_k: two terms of one sign, each accurate relatively however
 * small c_k is, so there is no cancellation. Only c_k below the smallest normal double (where c_k w_k would lose
 * digits as a subnormal) takes the limit 1 (the first-order term c_k / 2 is below 1e-308 there).
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
