package dlecon.solution.e6;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;

/**
 * f1(x) = cos(2 pi w_1 + sum_i c_i x_i). Integral: Re[e^{i 2 pi w_1} prod_k (e^{i c_k} - 1) / (i c_k)]; since
 * (e^{i c} - 1) / (i c) = e^{i c / 2} sin(c / 2) / (c / 2), this is cos(2 pi w_1 + sum_k c_k / 2)
 * prod_k sinc(c_k / 2), which has no cancellation and the limit 1 for each factor as c_k -&gt; 0 (sinc(0) = 1).
 */
final class Oscillatory extends GenzBase {

    Oscillatory(GenzParameters p) {
        super(GenzFamily.OSCILLATORY, p);
    }

    @Override
    protected double evaluate(double[] x) {
        throw new UnsupportedOperationException("TODO E6 f1 = cos(2 pi w_1 + sum c_i x_i)");
    }

    @Override
    public double integral() {
        throw new UnsupportedOperationException("TODO E6 integral of f1: Re of e^{i 2 pi w_1} prod (e^{i c_k} - 1) / (i c_k)");
    }

}
