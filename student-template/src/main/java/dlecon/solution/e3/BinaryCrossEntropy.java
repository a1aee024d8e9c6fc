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
        throw new UnsupportedOperationException("TODO E3 binary cross-entropy with clamped probabilities");
    }

    @Override
    public double[][] gradient(double[][] y, double[][] t) {
        int k = Shapes.requireSameShape(y, t);
        throw new UnsupportedOperationException("TODO E3 gradient of the binary cross-entropy (y - t) / (y (1 - y) N K)");
    }

}
