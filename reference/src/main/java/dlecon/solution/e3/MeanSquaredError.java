package dlecon.solution.e3;

import dlecon.api.e3.Loss;

/** MSE over a batch of N rows with K outputs: E = 1/(N K) sum (y - t)^2, dE/dy = 2 (y - t) / (N K). */
final class MeanSquaredError implements Loss {

    @Override
    public double value(double[][] y, double[][] t) {
        int k = Shapes.requireSameShape(y, t);
        // BEGIN SOLUTION: E3 mean squared error
        double sum = 0;
        for (int n = 0; n < y.length; n++) {
            for (int j = 0; j < k; j++) {
                double d = y[n][j] - t[n][j];
                sum += d * d;
            }
        }
        return sum / ((double) y.length * k);
        // END SOLUTION
    }

    @Override
    public double[][] gradient(double[][] y, double[][] t) {
        int k = Shapes.requireSameShape(y, t);
        // BEGIN SOLUTION: E3 gradient of the mean squared error 2 (y - t) / (N K)
        double scale = 2.0 / ((double) y.length * k);
        double[][] g = new double[y.length][k];
        for (int n = 0; n < y.length; n++) {
            for (int j = 0; j < k; j++) {
                g[n][j] = scale * (y[n][j] - t[n][j]);
            }
        }
        return g;
        // END SOLUTION
    }
}
