package dlecon.api.e7;

/**
 * Hyperparameters of the OLG Deep Equilibrium Net: a network (eta, delta, log k_2, ..., log k_N) -&gt; N - 1 savings
 * shares with two hidden ReLU layers and a logistic output, trained by Adam on the mean squared relative Euler
 * error over {@code batchSize} states. The states are {@code batchSize} chains simulated with the current policy
 * (as in the DEQN library): they start at k_i = kStart for every age and after each Adam step move on with
 * k'_{i+1} = s_i x_i under freshly drawn shocks. Training runs {@code episodes} Adam steps at {@code eta}, then
 * {@code fineEpisodes} steps of a fresh Adam at the smaller {@code fineEta}.
 *
 * @param hidden       width of each of the two hidden layers
 * @param batchSize    number of simulated chains = states per episode
 * @param kStart       initial holding of every age in every chain, &gt; 0
 * @param eta          Adam learning rate of the first phase
 * @param episodes     number of Adam steps of the first phase
 * @param fineEta      Adam learning rate of the second phase
 * @param fineEpisodes number of Adam steps of the second phase (0 for none)
 */
public record OlgConfig(int hidden, int batchSize, double kStart, double eta, int episodes, double fineEta,
                        int fineEpisodes) {

    public OlgConfig {
        if (hidden < 1 || batchSize < 1 || episodes < 0 || fineEpisodes < 0) {
            throw new IllegalArgumentException("hidden and batchSize must be positive and the episode counts "
                    + "non-negative, got " + hidden + ", " + batchSize + ", " + episodes + ", " + fineEpisodes);
        }
        if (!(kStart > 0 && Double.isFinite(kStart))) {
            throw new IllegalArgumentException("kStart must be positive and finite, got " + kStart);
        }
        if (!(eta > 0 && Double.isFinite(eta) && fineEta > 0 && Double.isFinite(fineEta))) {
            throw new IllegalArgumentException("eta and fineEta must be positive and finite, got " + eta + ", "
                    + fineEta);
        }
    }

    /**
     * 16 hidden units, 64 chains starting at k_i = 0.1, Adam 1e-2 for 3000 episodes then 1e-3 for 2000 (a few
     * seconds; the course trained 10k episodes). 16 units beat 32 in the same number of episodes.
     */
    public static OlgConfig defaults() {
        return new OlgConfig(16, 64, 0.1, 1e-2, 3000, 1e-3, 2000);
    }

    /** Total number of episodes, episodes + fineEpisodes. */
    public int totalEpisodes() {
        return episodes + fineEpisodes;
    }

    public OlgConfig withHidden(int h) {
        return new OlgConfig(h, batchSize, kStart, eta, episodes, fineEta, fineEpisodes);
    }

    public OlgConfig withEpisodes(int first, int fine) {
        return new OlgConfig(hidden, batchSize, kStart, eta, first, fineEta, fine);
    }
}
