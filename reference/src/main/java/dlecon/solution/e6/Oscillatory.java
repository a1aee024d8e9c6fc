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
        // BEGIN SOLUTION: E6 f1 = cos(2 pi w_1 + sum c_i x_i)
        double s = 2 * Math.PI * p.w(0);
        for (int i = 0; i < x.length; i++) {
            s += p.c(i) * x[i];
        }
        return Math.cos(s);
        // END SOLUTION
    }

    @Override
    public double integral() {
        // BEGIN SOLUTION: E6 integral of f1: Re of e^{i 2 pi w_1} prod (e^{i c_k} - 1) / (i c_k)
        double phase = 2 * Math.PI * p.w(0);
        double product = 1;
        for (int k = 0; k < p.dimension(); k++) {
            double half = p.c(k) / 2;
            phase += half;
            product *= sinc(half);
        }
        return Math.cos(phase) * product;
        // END SOLUTION
    }

    // BEGIN REMOVE
    /**
     * sin(z) / z, and its limit 1 at z = 0. There is no cancellation near 0: sin is accurate relatively there (it
     * returns z itself below 2^-26), so the quotient is too.
     */
    private static double sinc(double z) {
        return z == 0 ? 1 : Math.sin(z) / z;
    }
    // END REMOVE
}
