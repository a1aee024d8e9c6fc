package dlecon.solution.e1;

import dlecon.api.e1.LinearFit;
import java.util.random.RandomGenerator;

/**
 * Gradient descent for simple linear regression h(x) = theta0 + theta1 x with the cost
 * J(theta) = (1/2m) sum_i (h(x_i) - y_i)^2 of the notebook's cricket example, in its three forms: batch (every point
 * in every update), stochastic (one point per update) and mini-batch (|B| points per update). The gradient over a
 * set B of points is grad J_B = (1/|B|) sum_{i in B} (h(x_i) - y_i) (1, x_i); an update is theta -= eta grad J_B.
 *
 * <p>Arguments: x and y hold the m &gt;= 1 points (equal lengths, finite values) and are never modified; the start
 * (theta0, theta1) must be finite and eta finite and &gt; 0. Every method throws {@link IllegalArgumentException}
 * otherwise. A run whose parameters stop being finite (too large a step diverges) ends at that update and returns
 * the non-finite fit, so divergence is visible rather than hidden.
 */
final class LinearRegressionDescent {

    private LinearRegressionDescent() {
    }

    /**
     * Batch gradient descent, the notebook's loop ({@code while norm(s_k) > precision}): each step computes
     * g = grad J(theta) over all m points and updates theta -= eta g; the run ends after the first step whose g had
     * ||g||_2 &lt;= gradTol, or after maxSteps updates. On the notebook's data this gives its
     * (25.128552558595363, 3.297264756251897) after 565859 steps.
     *
     * @param gradTol  tolerance on the Euclidean norm of the gradient, finite and &gt;= 0
     * @param maxSteps upper bound on the number of updates, &gt;= 0
     * @return the fit and the number of updates made
     */
    static LinearFit batch(double[] x, double[] y, double theta0, double theta1, double eta, double gradTol,
                           long maxSteps) {
        // BEGIN SOLUTION: E1 batch gradient descent for linear regression, stopping on ||grad J|| <= gradTol
        requireArguments(x, y, theta0, theta1, eta);
        if (!(gradTol >= 0) || !Double.isFinite(gradTol)) {
            throw new IllegalArgumentException("gradTol must be finite and >= 0, got " + gradTol);
        }
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must be >= 0, got " + maxSteps);
        }
        int[] all = identity(x.length);
        double t0 = theta0;
        double t1 = theta1;
        long steps = 0;
        while (steps < maxSteps) {
            double[] g = meanGradient(x, y, t0, t1, all, 0, all.length);
            t0 -= eta * g[0];
            t1 -= eta * g[1];
            steps++;
            if (Math.sqrt(g[0] * g[0] + g[1] * g[1]) <= gradTol || !Double.isFinite(t0) || !Double.isFinite(t1)) {
                break;
            }
        }
        return new LinearFit(t0, t1, steps);
        // END SOLUTION
    }

    /**
     * Stochastic gradient descent: each epoch visits the m points in a fresh random order (a uniform permutation
     * drawn from rng) and after each point i updates theta -= eta (h(x_i) - y_i) (1, x_i).
     *
     * @param epochs number of passes over the data, &gt;= 0
     * @param rng    source of the visiting orders, the only randomness
     * @return the fit; steps = epochs * m
     */
    static LinearFit stochastic(double[] x, double[] y, double theta0, double theta1, double eta, int epochs,
                                RandomGenerator rng) {
        // BEGIN SOLUTION: E1 stochastic gradient descent for linear regression, one shuffled point per update
        return miniBatch(x, y, theta0, theta1, eta, 1, epochs, rng);
        // END SOLUTION
    }

    /**
     * Mini-batch gradient descent: each epoch draws a fresh uniform permutation from rng, cuts it into consecutive
     * batches of batchSize points (the last may be smaller) and for each batch B updates theta -= eta grad J_B.
     *
     * @param batchSize 1 &lt;= batchSize &lt;= m
     * @param epochs    number of passes over the data, &gt;= 0
     * @param rng       source of the orders, the only randomness
     * @return the fit; steps = epochs * ceil(m / batchSize)
     */
    static LinearFit miniBatch(double[] x, double[] y, double theta0, double theta1, double eta, int batchSize,
                               int epochs, RandomGenerator rng) {
        // BEGIN SOLUTION: E1 mini-batch gradient descent for linear regression on shuffled batches
        requireArguments(x, y, theta0, theta1, eta);
        int m = x.length;
        if (batchSize < 1 || batchSize > m) {
            throw new IllegalArgumentException("batchSize must be in [1, m = " + m + "], got " + batchSize);
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0, got " + epochs);
        }
        if (rng == null) {
            throw new IllegalArgumentException("rng is null");
        }
        double t0 = theta0;
        double t1 = theta1;
        long steps = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = permutation(m, rng);
            for (int from = 0; from < m; from += batchSize) {
                double[] g = meanGradient(x, y, t0, t1, order, from, Math.min(from + batchSize, m));
                t0 -= eta * g[0];
                t1 -= eta * g[1];
                steps++;
                if (!Double.isFinite(t0) || !Double.isFinite(t1)) {
                    return new LinearFit(t0, t1, steps);
                }
            }
        }
        return new LinearFit(t0, t1, steps);
        // END SOLUTION
    }

    // BEGIN REMOVE
    /**
     * grad J_B = (1/|B|) sum_{i in B} (theta0 + theta1 x_i - y_i) (1, x_i) for B = order[from .. to), summed in that
     * order (the notebook's order for the batch case, so its numbers are reproduced to the last bit).
     */
    private static double[] meanGradient(double[] x, double[] y, double theta0, double theta1, int[] order, int from,
                                         int to) {
        double g0 = 0;
        double g1 = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double residual = theta0 + theta1 * x[i] - y[i];
            g0 += residual;
            g1 += residual * x[i];
        }
        int size = to - from;
        return new double[] {g0 / size, g1 / size};
    }

    /** A uniform random permutation of 0 .. m-1 (Fisher-Yates, one rng.nextInt(k + 1) per position k = m-1 .. 1). */
    private static int[] permutation(int m, RandomGenerator rng) {
        int[] p = identity(m);
        for (int k = m - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int swap = p[k];
            p[k] = p[j];
            p[j] = swap;
        }
        return p;
    }

    private static int[] identity(int m) {
        int[] p = new int[m];
        for (int i = 0; i < m; i++) {
            p[i] = i;
        }
        return p;
    }

    private static void requireArguments(double[] x, double[] y, double theta0, double theta1, double eta) {
        if (x == null || y == null) {
            throw new IllegalArgumentException((x == null ? "x" : "y") + " is null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points but y has " + y.length);
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("no data: x and y are empty");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not finite: x = " + x[i] + ", y = " + y[i]);
            }
        }
        if (!Double.isFinite(theta0) || !Double.isFinite(theta1)) {
            throw new IllegalArgumentException("start theta must be finite, got (" + theta0 + ", " + theta1 + ")");
        }
        if (!(eta > 0) || !Double.isFinite(eta)) {
            throw new IllegalArgumentException("step size eta must be finite and > 0, got " + eta);
        }
    }
    // END REMOVE
}
