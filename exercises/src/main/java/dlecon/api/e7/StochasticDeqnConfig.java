package dlecon.api.e7;

/**
 * Hyperparameters of the stochastic Brock-Mirman Deep Equilibrium Net: a network (z, log K) -&gt; s(z, log K) with
 * two hidden ReLU layers and a logistic output, trained by Adam on the loss mean r^2 over {@code batchSize} states
 * drawn afresh each episode, uniformly from a box around the ergodic set: z ~ U[-zWidth sd(z), zWidth sd(z)] with
 * sd(z) = sigma / sqrt(1 - rho^2) (1 when sigma = 0, to keep a usable scale), and log K ~ U[logKMin, logKMax].
 * (Uniform rather than normal z so that the rare states of a long simulation, |z| up to about 4.6 sd(z) in 2000
 * periods, are trained as often as the common ones.) Training runs {@code episodes} Adam steps with learning rate
 * {@code eta}, then {@code fineEpisodes} steps of a fresh Adam with the smaller {@code fineEta} (a one-step
 * learning-rate decay).
 *
 * @param hidden       width of each of the two hidden layers
 * @param batchSize    states per episode
 * @param zWidth       truncation of z in stationary standard deviations
 * @param logKMin      lower end of the sampling interval of log K
 * @param logKMax      upper end of the sampling interval of log K
 * @param eta          Adam learning rate of the first phase
 * @param episodes     number of Adam steps of the first phase
 * @param fineEta      Adam learning rate of the second phase
 * @param fineEpisodes number of Adam steps of the second phase (0 for none)
 * @param nodes        number of Gauss-Hermite nodes for the expectation (5)
 */
public record StochasticDeqnConfig(int hidden, int batchSize, double zWidth, double logKMin, double logKMax,
                                   double eta, int episodes, double fineEta, int fineEpisodes, int nodes) {

    /** E log K = log(alpha beta) / (1 - alpha) of the course's calibration. */
    private static final double MEAN_LOG_K = -1.61203;
    /** sd(log K) of the course's calibration. */
    private static final double SD_LOG_K = 0.137656;

    public StochasticDeqnConfig {
        if (hidden < 1 || batchSize < 1 || episodes < 0 || fineEpisodes < 0 || nodes < 1) {
            throw new IllegalArgumentException("hidden, batchSize and nodes must be positive and the episode counts "
                    + "non-negative, got " + hidden + ", " + batchSize + ", " + nodes + ", " + episodes + ", "
                    + fineEpisodes);
        }
        if (!(zWidth > 0 && Double.isFinite(zWidth))) {
            throw new IllegalArgumentException("zWidth must be positive and finite, got " + zWidth);
        }
        if (!(logKMin < logKMax && Double.isFinite(logKMin) && Double.isFinite(logKMax))) {
            throw new IllegalArgumentException("need finite logKMin < logKMax, got " + logKMin + ", " + logKMax);
        }
        if (!(eta > 0 && Double.isFinite(eta) && fineEta > 0 && Double.isFinite(fineEta))) {
            throw new IllegalArgumentException("eta and fineEta must be positive and finite, got " + eta + ", "
                    + fineEta);
        }
    }

    /**
     * 16 hidden units, batch 32, |z| &lt;= 5 sd(z), log K in E log K -+ 5 sd(log K) = -1.61203 -+ 5 x 0.137656,
     * Adam 1e-2 for 5000 episodes then 1e-3 for 3000, 5 nodes. (Tuned for a few seconds of training: 16 units
     * reached a lower loss than 32 or 50 in the same time, and the decay to 1e-3 is what brings the policy to
     * 1e-4 relative accuracy.)
     */
    public static StochasticDeqnConfig defaults() {
        return new StochasticDeqnConfig(16, 32, 5, MEAN_LOG_K - 5 * SD_LOG_K, MEAN_LOG_K + 5 * SD_LOG_K, 1e-2, 5000,
                1e-3, 3000, 5);
    }

    /** Total number of episodes, episodes + fineEpisodes. */
    public int totalEpisodes() {
        return episodes + fineEpisodes;
    }

    public StochasticDeqnConfig withHidden(int h) {
        return new StochasticDeqnConfig(h, batchSize, zWidth, logKMin, logKMax, eta, episodes, fineEta, fineEpisodes,
                nodes);
    }

    public StochasticDeqnConfig withEpisodes(int first, int fine) {
        return new StochasticDeqnConfig(hidden, batchSize, zWidth, logKMin, logKMax, eta, first, fineEta, fine,
                nodes);
    }

    public StochasticDeqnConfig withEta(double first, double fine) {
        return new StochasticDeqnConfig(hidden, batchSize, zWidth, logKMin, logKMax, first, episodes, fine,
                fineEpisodes, nodes);
    }
}
