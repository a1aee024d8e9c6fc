package dlecon.solution.e4;

/**
 * What AdaGrad and RMSProp share: an accumulator s of squared gradients per entry (buffer 0) and the update
 * theta &lt;- theta - eta g / sqrt(s + eps). The subclasses differ only in how s accumulates g^2.
 */
abstract class SquaredGradientScaling extends StatefulOptimizer {

    private final double eta;
    private final double eps;

    /**
     * @param eta learning rate
     * @param eps the small constant inside the square root
     */
    protected SquaredGradientScaling(double eta, double eps) {
        super(1);
        this.eta = eta;
        this.eps = eps;
    }

    /**
     * The new accumulator from the old one and the current squared gradient.
     *
     * @param s        accumulator before this step
     * @param gSquared g^2 of this step
     */
    protected abstract double accumulate(double s, double gSquared);

    /** The factor by which the accumulator decays per step when g = 0 (1 for AdaGrad, which never decays). */
    protected abstract double decay();

    @Override
    protected void update(double[] theta, double[] g, double[][] buffers, int t) {
        throw new UnsupportedOperationException("TODO E4 accumulate g^2 and take theta -= eta g / sqrt(s + eps)");
    }
}
