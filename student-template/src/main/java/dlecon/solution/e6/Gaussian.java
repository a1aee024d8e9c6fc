package dlecon.solution.e6;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;

/**
 * f4(x) = exp(-sum_i c_i^2 (x_i - w_i)^2). Integral: prod_k sqrt(pi) / (2 c_k) (erf(c_k (1 - w_k)) + erf(c_k w_k)),
 * each factor replaced near c_k = 0 by its Taylor expansion 1 - c_k^2 ((1 - w_k)^3 + w_k^3) / 3.
 */
final class Gaussian extends GenzBase {

    Gaussian(GenzParameters p) {
        super(GenzFamily.GAUSSIAN, p);
    }

    @Override
    protected double evaluate(double[] x) {
        throw new UnsupportedOperationException("TODO E6 f4 = exp(-sum c_i^2 (x_i - w_i)^2)");
    }

    @Override
    public double integral() {
        throw new UnsupportedOperationException("TODO E6 integral of f4: prod sqrt(pi) / (2 c_k) (erf(c_k (1 - w_k)) + erf(c_k w_k))");
    }
}
