package dlecon.api.e1;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * E1: gradient descent, as in the notebook "Gradient descent and stochastic gradient descent".
 *
 * <p>Implemented by {@code dlecon.solution.e1.GradientDescentSolution} (public, no-argument constructor).
 * No method modifies its array arguments.
 *
 * <p><b>Linear regression.</b> The three regression methods fit h(x) = theta0 + theta1 x to m points (x_i, y_i) with
 * the cost J(theta) = (1/2m) sum_i (h(x_i) - y_i)^2. The gradient over a set B of the points is
 * grad J_B = (1/|B|) sum_{i in B} (h(x_i) - y_i) (1, x_i), and every update is theta &lt;- theta - eta grad J_B (the
 * residuals h(x_i) - y_i of one update all use the theta before it). Their data arguments must satisfy: x and y
 * non-null, of equal length m &gt;= 1, with finite entries; the start (theta0, theta1) finite; eta finite and
 * &gt; 0. Each regression method throws {@link IllegalArgumentException} otherwise.
 *
 * <p><b>Divergence.</b> Every method ends its run at the first value that is not finite and returns it: a 1-D run
 * keeps the first non-finite iterate as its last element; a regression run returns the fit right after the first
 * update that left theta0 or theta1 non-finite (NaN or infinite), with {@code steps} counting that update. So too
 * large a step shows as a non-finite result instead of being hidden.
 */
public interface GradientDescent {

    /**
     * 1-D gradient descent with a fixed step: x_{k+1} = x_k - eta f'(x_k). The run stops right after the first update
     * with |x_{k+1} - x_k| &lt;= tol (that iterate is kept; the notebook's {@code while abs(x_new - x_old) >
     * precision}), at the first non-finite iterate (kept), or after {@code maxSteps} updates, whichever comes first.
     *
     * @param derivative f'
     * @param x0         starting point, finite
     * @param eta        step size, finite and &gt; 0
     * @param tol        stopping tolerance on |x_{k+1} - x_k|, finite and &gt;= 0
     * @param maxSteps   upper bound on the number of updates, &gt;= 0 (0 gives just x_0)
     * @return every iterate x_0, x_1, ..., x_K (so its length is K + 1, K &lt;= maxSteps)
     * @throws IllegalArgumentException if derivative is null, x0 is not finite, eta is not finite or &lt;= 0, tol is
     *                                  not finite or &lt; 0 (NaN included), or maxSteps &lt; 0
     */
    double[] descend(DoubleUnaryOperator derivative, double x0, double eta, double tol, int maxSteps);

    /**
     * 1-D gradient descent with the notebook's decaying step: x_{k+1} = x_k - eta_k f'(x_k) with eta_0 = eta0 and
     * eta_{k+1} = eta_k / (1 + k d) (cumulative, k = 0, 1, ...: eta_1 = eta_0, eta_2 = eta_0 / (1 + d),
     * eta_3 = eta_0 / ((1 + d)(1 + 2d)), ...), with the stopping rules of {@link #descend}. d = 0 gives the fixed
     * step.
     *
     * @param derivative f'
     * @param x0         starting point, finite
     * @param eta0       initial step size, finite and &gt; 0
     * @param decay      d, finite and &gt;= 0
     * @param tol        stopping tolerance on |x_{k+1} - x_k|, finite and &gt;= 0
     * @param maxSteps   upper bound on the number of updates, &gt;= 0
     * @return every iterate x_0, ..., x_K
     * @throws IllegalArgumentException as {@link #descend}, and if decay is not finite or &lt; 0
     */
    double[] descendDecaying(DoubleUnaryOperator derivative, double x0, double eta0, double decay, double tol,
                             int maxSteps);

    /**
     * Batch gradient descent for linear regression (see the class comment): each step computes g = grad J(theta) over
     * all m points and updates theta -= eta g; the run ends after the first step whose g had ||g||_2 &lt;= gradTol
     * (the notebook's rule {@code while norm(s_k) > precision}: the gradient is tested after it was used, so a run
     * with maxSteps &gt;= 1 makes at least one update), after the first update that left theta non-finite, or after
     * {@code maxSteps} updates.
     *
     * @param x        m inputs
     * @param y        m targets
     * @param theta0   initial intercept
     * @param theta1   initial slope
     * @param eta      step size
     * @param gradTol  tolerance on the Euclidean norm of the gradient, finite and &gt;= 0
     * @param maxSteps upper bound on the number of updates, &gt;= 0 (0 returns the start)
     * @return the fit and the number of updates made
     * @throws IllegalArgumentException on bad data, start or eta (see the class comment), if gradTol is not finite
     *                                  or &lt; 0, or if maxSteps &lt; 0
     */
    LinearFit batchRegression(double[] x, double[] y, double theta0, double theta1, double eta, double gradTol,
                              long maxSteps);

    /**
     * Stochastic (one point) gradient descent for linear regression: for each epoch, visit the m points in a random
     * order and update theta -= eta (h(x_i) - y_i) (1, x_i) after each point i (with the theta of the previous
     * update).
     *
     * <p>Visiting order: each epoch draws a fresh, uniformly distributed permutation of the m points from
     * {@code rng} (the only randomness), for instance {@code dlecon.api.data.Preprocessing.permutation(m, rng)}.
     * Which algorithm turns the generator's numbers into the permutation, and how many numbers it draws, is free,
     * but an epoch's permutation must depend only on the numbers it draws (not on earlier epochs, so an epoch must
     * not reshuffle the previous epoch's order): a run of E epochs equals E successive runs of one epoch, each
     * starting from the previous fit and drawing from the same generator.
     *
     * @param x      m inputs
     * @param y      m targets
     * @param theta0 initial intercept
     * @param theta1 initial slope
     * @param eta    step size
     * @param epochs number of passes over the data, &gt;= 0 (0 returns the start)
     * @param rng    source of the visiting orders, non-null
     * @return the fit; {@code steps} = epochs * m (fewer only when the run ended at a non-finite update)
     * @throws IllegalArgumentException on bad data, start or eta (see the class comment), if epochs &lt; 0, or if
     *                                  rng is null
     */
    LinearFit stochasticRegression(double[] x, double[] y, double theta0, double theta1, double eta, int epochs,
                                   RandomGenerator rng);

    /**
     * Mini-batch gradient descent for linear regression: each epoch draws a fresh permutation of the points from
     * {@code rng} as {@link #stochasticRegression} does, cuts it into consecutive batches of {@code batchSize}
     * points (only the last one may be smaller: it holds the m mod batchSize remaining points when batchSize does not
     * divide m) and, batch after batch, updates theta -= eta grad J_B = eta (1/|B|) sum_{i in B} (h(x_i) - y_i)
     * (1, x_i). With batchSize = m every epoch makes one batch update; with batchSize = 1 it makes the stochastic
     * updates.
     *
     * @param x         m inputs
     * @param y         m targets
     * @param theta0    initial intercept
     * @param theta1    initial slope
     * @param eta       step size
     * @param batchSize 1 &lt;= batchSize &lt;= m
     * @param epochs    number of passes over the data, &gt;= 0 (0 returns the start)
     * @param rng       source of the visiting orders, non-null
     * @return the fit; {@code steps} = epochs * ceil(m / batchSize) (fewer only when the run ended at a non-finite
     *         update)
     * @throws IllegalArgumentException on bad data, start or eta (see the class comment), if batchSize is outside
     *                                  [1, m], if epochs &lt; 0, or if rng is null
     */
    LinearFit miniBatchRegression(double[] x, double[] y, double theta0, double theta1, double eta, int batchSize,
                                  int epochs, RandomGenerator rng);
}
