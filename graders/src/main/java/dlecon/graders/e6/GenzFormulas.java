package dlecon.graders.e6;

import dlecon.api.e6.GenzFamily;

/** The grader's own statement of the six Genz functions (formulas as in {@link GenzFamily}). */
final class GenzFormulas {

    private GenzFormulas() {
    }

    /** f_j(x) with parameters c and w. */
    static double value(GenzFamily family, double[] c, double[] w, double[] x) {
        int d = x.length;
        double dot = 0;
        for (int i = 0; i < d; i++) {
            dot += c[i] * x[i];
        }
        switch (family) {
            case OSCILLATORY:
                return Math.cos(2 * Math.PI * w[0] + dot);
            case PRODUCT_PEAK: {
                double f = 1;
                for (int i = 0; i < d; i++) {
                    f /= 1 / (c[i] * c[i]) + (x[i] - w[i]) * (x[i] - w[i]);
                }
                return f;
            }
            case CORNER_PEAK:
                return Math.pow(1 + dot, -(d + 1));
            case GAUSSIAN: {
                double s = 0;
                for (int i = 0; i < d; i++) {
                    s += c[i] * c[i] * (x[i] - w[i]) * (x[i] - w[i]);
                }
                return Math.exp(-s);
            }
            case CONTINUOUS: {
                double s = 0;
                for (int i = 0; i < d; i++) {
                    s += c[i] * Math.abs(x[i] - w[i]);
                }
                return Math.exp(-s);
            }
            default:
                return x[0] > w[0] || (d > 1 && x[1] > w[1]) ? 0 : Math.exp(dot);
        }
    }
}
