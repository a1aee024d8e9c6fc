package dlecon.solution.e6;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;

/**
 * f2(x) = prod_i (c_i^-2 + (x_i - w_i)^2)^-1, evaluated as prod_i c_i^2 / (1 + c_i^2 (x_i - w_i)^2) (the same
 * value, and 0 rather than 1/infinity at c_i = 0). Integral: prod_k c_k (atan(c_k (1 - w_k)) + atan(c_k w_k)).
 */
final class ProductPeak extends GenzBase {

    ProductPeak(GenzParameters p) {
        super(GenzFamily.PRODUCT_PEAK, p);
    }

    @Override
    protected double evaluate(double[] x) {
        // BEGIN SOLUTION: E6 f2 = prod (c_i^-2 + (x_i - w_i)^2)^-1
        double f = 1;
        for (int i = 0; i < x.length; i++) {
            double c2 = p.c(i) * p.c(i);
            double u = x[i] - p.w(i);
            f *= c2 / (1 + c2 * u * u);
        }
        return f;
        // END SOLUTION
    }

    @Override
    public double integral() {
        // BEGIN SOLUTION: E6 integral of f2: prod c_k (atan(c_k (1 - w_k)) + atan(c_k w_k))
        double f = 1;
        for (int k = 0; k < p.dimension(); k++) {
            double c = p.c(k);
            f *= c * (Math.atan(c * (1 - p.w(k))) + Math.atan(c * p.w(k)));
        }
        return f;
        // END SOLUTION
    }
}
