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
            f *= c < Double.MIN_NORMAL ? 1 : (-Math.expm1(-c * w) - Math.expm1(-c * v)) / c;
        }
        return f;
        // END SOLUTION
    }
}
