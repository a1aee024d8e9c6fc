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
        throw new UnsupportedOperationException("TODO E3 softmax cross-entropy with a floor under the logarithm");
    }

    @Override
    public double[][] gradient(double[][] y, double[][] t) {
        int k = Shapes.requireSameShape(y, t);
        throw new UnsupportedOperationException("TODO E3 gradient of the softmax cross-entropy -t / (N y)");
    }
}
