package dlecon.solution.e4;

/**
 * Gradient descent with learning-rate annealing: theta &lt;- theta - eta_t g with eta_t = eta0 / (1 + kappa s),
 * where s = t - 1 counts the steps already taken (s = 0 on the first step, as in the course's table).
 */
final class AnnealedSgd extends Sgd {

    private final double eta0;
    private final double kappa;

    /**
     * @param eta0  initial learning rate
     * @param kappa decay rate kappa &gt;= 0 (0 gives plain SGD)
     */
    AnnealedSgd(double eta0, double kappa) {
        super(eta0);
        this.eta0 = eta0;
        this.kappa = kappa;
    }

    @Override
    protected double learningRate(int t) {
        throw new UnsupportedOperationException("TODO E4 annealed learning rate eta0 / (1 + kappa (t - 1))");
    }
}
