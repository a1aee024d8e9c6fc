package dlecon.solution.e3;

import dlecon.api.e3.Loss;

/** MSE over a batch of N rows with K outputs: E = 1/(N K) sum (y - t)^2, dE/dy = 2 (y - t) / (N K). */
final class MeanSquaredError implements Loss {

    @Override
    public double value(double[][] y, double[][] t) {
        int k = Shapes.requireSameShape(y, t);
        throw new UnsupportedOperationException("TODO E3 mean squared error");
    }

    @Override
    public double[][] gradient(double[][] y, double[][] t) {
        int k = Shapes.requireSameShape(y, t);
        throw new UnsupportedOperationException("TODO E3 gradient of the mean squared error 2 (y - t) / (N K)");
    }
}
