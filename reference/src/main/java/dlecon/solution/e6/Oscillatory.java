package dlecon.solution.e6;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;

/**
 * f1(x) = cos(2 pi w_1 + sum_i c_i x_i). Integral: Re[e^{i 2 pi w_1} prod_k (e^{i c_k} - 1) / (i c_k)]; since
 * (e^{i c} - 1) / (i c) = e^{i c / 2} sin(c / 2) / (c / 2), this is cos(2 pi w_1 + sum_k c_k / 2)
 * prod_k sinc(c_k / 2), which has no cancellation and the limit 1 for each factor as c_k -&gt; 0.
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
    /** sin(z) / z, with its Taylor polynomial near 0 (error below 1e-20 there). */
    private static double sinc(double z) {
        if (Math.abs(z) < 1e-4) {
            double z2 = z * z;
            return 1 - z2 / 6 + z2 * z2 / 120;
        }
        return Math.sin(z) / z;
    }
    // END REMOVE
}
