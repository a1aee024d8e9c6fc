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
        // BEGIN SOLUTION: E6 f5 = exp(-sum c_i |x_i - w_i|)
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += p.c(i) * Math.abs(x[i] - p.w(i));
        }
        return Math.exp(-s);
        // END SOLUTION
    }

    @Override
    public double integral() {
        // BEGIN SOLUTION: E6 integral of f5: prod (2 - e^{-c_k w_k} - e^{-c_k (1 - w_k)}) / c_k
        double f = 1;
        for (int k = 0; k < p.dimension(); k++) {
            double c = p.c(k);
            double w = p.w(k);
            double v = 1 - w;
            if (c < 1e-8) {
                // the neglected c^3 term is below 1e-24
                f *= 1 - c * (w * w + v * v) / 2 + c * c * (w * w * w + v * v * v) / 6;
            } else {
                f *= (-Math.expm1(-c * w) - Math.expm1(-c * v)) / c;
            }
        }
        return f;
        // END SOLUTION
    }
}
