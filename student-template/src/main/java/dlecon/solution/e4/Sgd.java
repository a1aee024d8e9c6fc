package dlecon.solution.e4;

/** Plain gradient descent: theta &lt;- theta - eta_t g, with the constant rate eta_t = eta. */
class Sgd extends StatefulOptimizer {

    private final double eta;

    /** @param eta learning rate eta &gt; 0 */
    Sgd(double eta) {
        super(0);
        this.eta = eta;
    }

    /**
     * The learning rate of step t (t = 1 on the first step); constant here, annealed in {@link AnnealedSgd}.
     *
     * @param t the step count of this step
     */
    protected double learningRate(int t) {
        return eta;
    }

    @Override
    protected void update(double[] theta, double[] g, double[][] buffers, int t) {
        throw new UnsupportedOperationException("TODO E4 gradient descent theta -= eta_t g");
    }
}
