package dlecon.solution.e3;

import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;

/**
 * Binary cross-entropy E = -1/(N K) sum [t log y + (1 - t) log(1 - y)] for outputs y in (0, 1). Outputs are
 * clamped to [f, 1 - f] with f = {@link LossKind#PROBABILITY_FLOOR} before the logarithms, so log(0) is never
 * taken; the gradient dE/dy = (y_c - t) / (y_c (1 - y_c) N K) is taken at the clamped y_c.
 */
final class BinaryCrossEntropy implements Loss {

    @Override
    public double value(double[][] y, double[][] t) {
        int k = Shapes.requireSameShape(y, t);
        // BEGIN SOLUTION: E3 binary cross-entropy with clamped probabilities
        double sum = 0;
        for (int n = 0; n < y.length; n++) {
            for (int j = 0; j < k; j++) {
                double p = clamp(y[n][j]);
                double target = t[n][j];
                sum += target * Math.log(p) + (1 - target) * Math.log(1 - p);
            }
        }
        return -sum / ((double) y.length * k);
        // END SOLUTION
    }

    @Override
    public double[][] gradient(double[][] y, double[][] t) {
        int k = Shapes.requireSameShape(y, t);
        // BEGIN SOLUTION: E3 gradient of the binary cross-entropy (y - t) / (y (1 - y) N K)
        double scale = 1.0 / ((double) y.length * k);
        double[][] g = new double[y.length][k];
        for (int n = 0; n < y.length; n++) {
            for (int j = 0; j < k; j++) {
                double p = clamp(y[n][j]);
                g[n][j] = scale * (p - t[n][j]) / (p * (1 - p));
            }
        }
        return g;
        // END SOLUTION
    }

    // BEGIN REMOVE
    /** y clamped to [floor, 1 - floor]; NaN stays NaN. */
    private static double clamp(double y) {
        return Math.min(Math.max(y, LossKind.PROBABILITY_FLOOR), 1 - LossKind.PROBABILITY_FLOOR);
    }
    // END REMOVE
}
