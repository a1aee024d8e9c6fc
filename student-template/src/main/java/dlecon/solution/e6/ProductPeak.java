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
        throw new UnsupportedOperationException("TODO E6 f2 = prod (c_i^-2 + (x_i - w_i)^2)^-1");
    }

    @Override
    public double integral() {
        throw new UnsupportedOperationException("TODO E6 integral of f2: prod c_k (atan(c_k (1 - w_k)) + atan(c_k w_k))");
    }
}
