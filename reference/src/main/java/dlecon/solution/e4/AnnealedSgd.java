package dlecon.solution.e4;

/**
 * Gradient descent with learning-rate annealing: theta &lt;- theta - eta_t g with eta_t = eta0 / (1 + kappa (t - 1)),
 * where t = 1 on the first step (as everywhere in E4), so t - 1 counts the steps already taken and the first step
 * uses eta0 (the course's eta0 / (1 + kappa s) with s = t - 1 counted from 0).
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

    /**
     * The annealed rate eta0 / (1 + kappa (t - 1)): eta0 on the first step (t = 1), eta0 / (1 + kappa) on the
     * second, ...
     *
     * @param t the step count of this step, 1 on the first step
     */
    @Override
    protected double learningRate(int t) {
        // BEGIN SOLUTION: E4 annealed learning rate eta0 / (1 + kappa (t - 1))
        return eta0 / (1 + kappa * (t - 1));
        // END SOLUTION
    }
}
