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
        // BEGIN SOLUTION: E6 f4 = exp(-sum c_i^2 (x_i - w_i)^2)
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double u = p.c(i) * (x[i] - p.w(i));
            s += u * u;
        }
        return Math.exp(-s);
        // END SOLUTION
    }

    @Override
    public double integral() {
        // BEGIN SOLUTION: E6 integral of f4: prod sqrt(pi) / (2 c_k) (erf(c_k (1 - w_k)) + erf(c_k w_k))
        double f = 1;
        for (int k = 0; k < p.dimension(); k++) {
            double c = p.c(k);
            double w = p.w(k);
            f *= c < Double.MIN_NORMAL ? 1 : Math.sqrt(Math.PI) / (2 * c) * (Erf.erf(c * (1 - w)) + Erf.erf(c * w));
        }
        return f;
        // END SOLUTION
    }
}
