package dlecon.solution.e3;

import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;

/**
 * Softmax (categorical) cross-entropy E = -1/N sum_{n,k} t_nk log y_nk for rows of y that are probabilities
 * (softmax outputs) and one-hot or probability targets. y is clamped below at {@link LossKind#PROBABILITY_FLOOR}
 * so log(0) is never taken; dE/dy = -t / (N max(y, floor)).
 */
final class SoftmaxCrossEntropy implements Loss {

    @Override
    public double value(double[][] y, double[][] t) {
        int k = Shapes.requireSameShape(y, t);
        // BEGIN SOLUTION: E3 softmax cross-entropy with a floor under the logarithm
        double sum = 0;
        for (int n = 0; n < y.length; n++) {
            for (int j = 0; j < k; j++) {
                sum += t[n][j] * Math.log(Math.max(y[n][j], LossKind.PROBABILITY_FLOOR));
            }
        }
        return -sum / y.length;
        // END SOLUTION
    }

    @Override
    public double[][] gradient(double[][] y, double[][] t) {
        int k = Shapes.requireSameShape(y, t);
        // BEGIN SOLUTION: E3 gradient of the softmax cross-entropy -t / (N y)
        double scale = -1.0 / y.length;
        double[][] g = new double[y.length][k];
        for (int n = 0; n < y.length; n++) {
            for (int j = 0; j < k; j++) {
                g[n][j] = scale * t[n][j] / Math.max(y[n][j], LossKind.PROBABILITY_FLOOR);
            }
        }
        return g;
        // END SOLUTION
    }
}
