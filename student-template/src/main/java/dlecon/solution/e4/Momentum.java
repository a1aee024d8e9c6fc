package dlecon.solution.e4;

/**
 * Polyak's momentum: v &lt;- gamma v + eta g; theta &lt;- theta - v. Buffer 0 holds the velocity v.
 * {@link Nesterov} shares this update and only moves the point where g is taken.
 */
class Momentum extends StatefulOptimizer {

    /** Index of the velocity v among a parameter's buffers. */
    static final int VELOCITY = 0;

    private final double eta;
    private final double gamma;

    /**
     * @param eta   learning rate
     * @param gamma momentum coefficient in [0, 1)
     */
    Momentum(double eta, double gamma) {
        this(eta, gamma, 1);
    }

    /** For subclasses needing more buffers than the velocity. */
    protected Momentum(double eta, double gamma, int buffersPerParameter) {
        super(buffersPerParameter);
        this.eta = eta;
        this.gamma = gamma;
    }

    /** The momentum coefficient gamma. */
    protected double gamma() {
        return gamma;
    }

    @Override
    protected void update(double[] theta, double[] g, double[][] buffers, int t) {
        throw new UnsupportedOperationException("TODO E4 momentum v = gamma v + eta g; theta -= v");
    }
}
