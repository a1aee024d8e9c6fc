package dlecon.solution.e6;

/**
 * Test helper, independent of the reference: composite 20-point Gauss-Legendre on [0, 1] with a break point.
 * Nodes by Newton's method on the Legendre three-term recurrence (written separately from the reference's own).
 */
final class Quadrature {

    private static final int NODES = 20;
    private static final double[] X = new double[NODES];
    private static final double[] W = new double[NODES];

    static {
        for (int i = 0; i < NODES; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (NODES + 0.5));
            double derivative = 0;
            for (int it = 0; it < 50; it++) {
                double p0 = 1;
                double p1 = z;
                for (int k = 2; k <= NODES; k++) {
                    double p2 = ((2.0 * k - 1) * z * p1 - (k - 1.0) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = NODES * (z * p1 - p0) / (z * z - 1);
                z -= p1 / derivative;
            }
            X[i] = z;
            W[i] = 2 / ((1 - z * z) * derivative * derivative);
        }
    }

    private Quadrature() {
    }

    /** Nodes and weights of a rule on [0, 1]. */
    record Rule(double[] x, double[] weight) {
    }

    /** Pieces [0, b] and [b, 1], each cut into {@code panels} equal panels with 20 nodes each. */
    static Rule rule(double b, int panels) {
        double[][] pieces = {{0, b}, {b, 1}};
        double[] x = new double[2 * panels * NODES];
        double[] w = new double[x.length];
        int n = 0;
        for (double[] piece : pieces) {
            double h = (piece[1] - piece[0]) / panels;
            for (int j = 0; j < panels; j++) {
                double mid = piece[0] + (j + 0.5) * h;
                for (int i = 0; i < NODES; i++) {
                    x[n] = Math.min(1, Math.max(0, mid + 0.5 * h * X[i]));
                    w[n] = 0.5 * h * W[i];
                    n++;
                }
            }
        }
        return new Rule(x, w);
    }
}
