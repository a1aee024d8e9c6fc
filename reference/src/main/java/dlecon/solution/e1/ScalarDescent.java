package dlecon.solution.e1;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;

/**
 * Gradient descent on a function of one variable, as in the notebook's first example
 * (f(x) = x^3 - 2x^2 + 2, f'(x) = 3x^2 - 4x, x_0 = 2).
 *
 * <p>Update x_{k+1} = x_k - eta_k f'(x_k). The run stops after the first update with |x_{k+1} - x_k| &lt;= tol (that
 * iterate is kept, as the notebook's {@code while abs(x_new - x_old) > precision} loop does), or after
 * {@code maxSteps} updates. As the API says, a run also stops at the first non-finite iterate (f' returned NaN or
 * the iteration overflowed): it is kept as the last element so that the caller sees the divergence instead of
 * {@code maxSteps} copies of NaN.
 */
final class ScalarDescent {

    private ScalarDescent() {
    }

    /**
     * Fixed step: x_{k+1} = x_k - eta f'(x_k).
     *
     * @param derivative f', called once per update
     * @param x0         starting point, finite
     * @param eta        step size, finite and &gt; 0
     * @param tol        stopping tolerance on |x_{k+1} - x_k|, finite and &gt;= 0
     * @param maxSteps   upper bound on the number of updates, &gt;= 0
     * @return the iterates x_0, ..., x_K (length K + 1, K &lt;= maxSteps)
     * @throws IllegalArgumentException on a null derivative or an argument outside its range (NaN included)
     */
    static double[] fixedStep(DoubleUnaryOperator derivative, double x0, double eta, double tol, int maxSteps) {
        // BEGIN SOLUTION: E1 1-D gradient descent with a fixed step eta, returning every iterate
        requireArguments(derivative, x0, eta, tol, maxSteps);
        DoubleStream.Builder path = DoubleStream.builder().add(x0);
        double x = x0;
        for (int k = 0; k < maxSteps; k++) {
            double next = x - eta * derivative.applyAsDouble(x);
            path.add(next);
            if (!Double.isFinite(next) || Math.abs(next - x) <= tol) {
                break;
            }
            x = next;
        }
        return path.build().toArray();
        // END SOLUTION
    }

    /**
     * Decaying step (the notebook's rule): x_{k+1} = x_k - eta_k f'(x_k) with eta_0 = eta0 and
     * eta_{k+1} = eta_k / (1 + k d), k = 0, 1, ... (cumulative: eta_1 = eta_0, eta_2 = eta_0 / (1 + d), ...).
     *
     * @param derivative f', called once per update
     * @param x0         starting point, finite
     * @param eta0       initial step size, finite and &gt; 0
     * @param decay      d, finite and &gt;= 0
     * @param tol        stopping tolerance on |x_{k+1} - x_k|, finite and &gt;= 0
     * @param maxSteps   upper bound on the number of updates, &gt;= 0
     * @return the iterates x_0, ..., x_K
     * @throws IllegalArgumentException on a null derivative or an argument outside its range (NaN included)
     */
    static double[] decayingStep(DoubleUnaryOperator derivative, double x0, double eta0, double decay, double tol,
                                 int maxSteps) {
        // BEGIN SOLUTION: E1 1-D gradient descent with the decaying step eta_{k+1} = eta_k / (1 + k d)
        requireArguments(derivative, x0, eta0, tol, maxSteps);
        if (!(decay >= 0) || !Double.isFinite(decay)) {
            throw new IllegalArgumentException("decay d must be finite and >= 0, got " + decay);
        }
        DoubleStream.Builder path = DoubleStream.builder().add(x0);
        double x = x0;
        double eta = eta0;
        for (int k = 0; k < maxSteps; k++) {
            double next = x - eta * derivative.applyAsDouble(x);
            path.add(next);
            if (!Double.isFinite(next) || Math.abs(next - x) <= tol) {
                break;
            }
            x = next;
            eta = eta / (1 + k * decay);
        }
        return path.build().toArray();
        // END SOLUTION
    }

    // BEGIN REMOVE
    private static void requireArguments(DoubleUnaryOperator derivative, double x0, double eta, double tol,
                                         int maxSteps) {
        if (derivative == null) {
            throw new IllegalArgumentException("derivative is null");
        }
        if (!Double.isFinite(x0)) {
            throw new IllegalArgumentException("x0 must be finite, got " + x0);
        }
        if (!(eta > 0) || !Double.isFinite(eta)) {
            throw new IllegalArgumentException("step size eta must be finite and > 0, got " + eta);
        }
        if (!(tol >= 0) || !Double.isFinite(tol)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tol);
        }
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must be >= 0, got " + maxSteps);
        }
    }
    // END REMOVE
}
