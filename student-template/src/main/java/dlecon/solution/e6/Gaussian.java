package dlecon.solution.e6;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;

/**
 * f4(x) = exp(-sum_i c_i^2 (x_i - w_i)^2). Integral: prod_k sqrt(pi) / (2 c_k) (erf(c_k (1 - w_k)) + erf(c_k w_k)):
 * two terms of one sign, and {@link Erf} is accurate relatively near 0 (its series starts at x), so there is no
 * cancellation however small c_k is. Only c_k below the smallest normal double takes the limit 1.
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
