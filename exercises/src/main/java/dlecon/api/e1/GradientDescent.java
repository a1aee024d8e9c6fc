package dlecon.api.e1;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * E1: gradient descent, as in the notebook "Gradient descent and stochastic gradient descent".
 *
 * <p>Implemented by {@code dlecon.solution.e1.GradientDescentSolution} (public, no-argument constructor).
 * No method modifies its array arguments.
 */
public interface GradientDescent {

    /**
     * 1-D gradient descent with a fixed step: x_{k+1} = x_k - eta f'(x_k), stopping as soon as
     * |x_{k+1} - x_k| &lt;= tol (the last iterate is kept) or after {@code maxSteps} updates.
     *
     * @param derivative f'
     * @param x0         starting point
     * @param eta        step size (eta &gt; 0)
     * @param tol        stopping tolerance on |x_{k+1} - x_k|
     * @param maxSteps   upper bound on the number of updates
     * @return every iterate x_0, x_1, ..., x_K (so its length is K + 1)
     */
    double[] descend(DoubleUnaryOperator derivative, double x0, double eta, double tol, int maxSteps);

    /**
     * 1-D gradient descent with the notebook's decaying step: x_{k+1} = x_k - eta_k f'(x_k) with eta_0 = eta0 and
     * eta_{k+1} = eta_k / (1 + k d) (cumulative, k = 0, 1, ...), same stopping rule as {@link #descend}.
     *
     * @param derivative f'
     * @param x0         starting point
     * @param eta0       initial step size
     * @param decay      d &gt;= 0
     * @param tol        stopping tolerance on |x_{k+1} - x_k|
     * @param maxSteps   upper bound on the number of updates
     * @return every iterate x_0, ..., x_K
     */
    double[] descendDecaying(DoubleUnaryOperator derivative, double x0, double eta0, double decay, double tol,
                             int maxSteps);

    /**
     * Batch gradient descent for linear regression, cost J(theta) = (1/2m) sum_i (theta0 + theta1 x_i - y_i)^2.
     * Each step computes g = grad J(theta) = (1/m) sum_i (h_i - y_i) (1, x_i) and updates theta -= eta g; the run
     * ends after the first step whose g had ||g||_2 &lt;= gradTol (the notebook's rule {@code while norm(s_k) >
     * precision}: the gradient is tested after it was used, so at least one update is made) or after
     * {@code maxSteps} updates. A run that stops being finite ends at the first non-finite update.
     *
     * @param x       m inputs
     * @param y       m targets
     * @param theta0  initial intercept
     * @param theta1  initial slope
     * @param eta     step size
     * @param gradTol tolerance on the Euclidean norm of the gradient
     * @param maxSteps upper bound on the number of updates
     * @return the fit and the number of updates made
     */
    LinearFit batchRegression(double[] x, double[] y, double theta0, double theta1, double eta, double gradTol,
                              long maxSteps);

    /**
     * Stochastic (one point) gradient descent for linear regression: for each epoch, visit the m points in a
     * random order drawn from {@code rng} (a fresh permutation per epoch) and update
     * theta -= eta (h_i - y_i) (1, x_i) after each point.
     *
     * @param epochs number of passes over the data
     * @param rng    source of the visiting order (the only randomness)
     * @return the fit; {@code steps} = epochs * m
     */
    LinearFit stochasticRegression(double[] x, double[] y, double theta0, double theta1, double eta, int epochs,
                                   RandomGenerator rng);

    /**
     * Mini-batch gradient descent for linear regression: each epoch shuffles the points with {@code rng}, cuts them
     * into consecutive batches of {@code batchSize} (the last one may be smaller) and for each batch B updates
     * theta -= eta (1/|B|) sum_{i in B} (h_i - y_i) (1, x_i).
     *
     * @param batchSize 1 &lt;= batchSize &lt;= m
     * @return the fit; {@code steps} = epochs * ceil(m / batchSize)
     */
    LinearFit miniBatchRegression(double[] x, double[] y, double theta0, double theta1, double eta, int batchSize,
                                  int epochs, RandomGenerator rng);
}
