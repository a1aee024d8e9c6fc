package dlecon.api.e3;

/** A loss E(y, t) on a batch (see {@link LossKind}); neither method modifies its arguments. */
public interface Loss {

    /**
     * E(y, t).
     *
     * @param y N x K outputs
     * @param t N x K targets
     * @throws IllegalArgumentException if the shapes differ
     */
    double value(double[][] y, double[][] t);

    /** dE/dy, a new N x K array. */
    double[][] gradient(double[][] y, double[][] t);
}
