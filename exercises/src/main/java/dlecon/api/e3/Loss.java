package dlecon.api.e3;

/**
 * A loss E(y, t) on a batch of N &gt;= 1 rows with K &gt;= 1 outputs each (formulas in {@link LossKind}); neither
 * method modifies its arguments. Values and gradients are those of the formulas up to rounding (any summation order).
 */
public interface Loss {

    /**
     * E(y, t).
     *
     * @param y N x K outputs
     * @param t N x K targets
     * @throws IllegalArgumentException if y or t is null, has no rows, is not rectangular, or the shapes differ
     */
    double value(double[][] y, double[][] t);

    /**
     * dE/dy, a new N x K array (entry [n][k] is the partial derivative of {@link #value} with respect to y[n][k], at
     * the clamped y where {@link LossKind} clamps it).
     *
     * @throws IllegalArgumentException as {@link #value}
     */
    double[][] gradient(double[][] y, double[][] t);
}
