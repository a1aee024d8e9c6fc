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
        throw new UnsupportedOperationException("TODO E1 batch gradient descent for linear regression, stopping on ||grad J|| <= gradTol");
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
        throw new UnsupportedOperationException("TODO E1 stochastic gradient descent for linear regression, one shuffled point per update");
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
        throw new UnsupportedOperationException("TODO E1 mini-batch gradient descent for linear regression on shuffled batches");
    }

}
