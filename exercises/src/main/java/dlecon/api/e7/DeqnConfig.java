package dlecon.api.e7;

/**
 * Hyperparameters of the deterministic Brock-Mirman Deep Equilibrium Net (course notebook
 * day2/01_Brock_Mirman_1972_DEQN): a network K -&gt; s(K) with two hidden ReLU layers and a logistic output,
 * trained by Adam on the loss mean errREE^2 over {@code batchSize} states K ~ U[kMin, kMax] drawn afresh each
 * episode.
 *
 * @param hidden    width of each of the two hidden layers (50)
 * @param batchSize states per episode (64)
 * @param kMin      lower end of the sampling interval of K (0.1)
 * @param kMax      upper end of the sampling interval of K (1.0)
 * @param eta       Adam learning rate (1e-3; the other Adam settings are the defaults)
 * @param episodes  number of episodes = Adam steps (2001)
 */
public record DeqnConfig(int hidden, int batchSize, double kMin, double kMax, double eta, int episodes) {

    public DeqnConfig {
        if (hidden < 1 || batchSize < 1 || episodes < 0) {
            throw new IllegalArgumentException("hidden and batchSize must be positive and episodes non-negative, got "
                    + hidden + ", " + batchSize + ", " + episodes);
        }
        if (!(kMin > 0 && kMin < kMax && Double.isFinite(kMax))) {
            throw new IllegalArgumentException("need 0 < kMin < kMax < infinity, got " + kMin + ", " + kMax);
        }
        if (!(eta > 0 && Double.isFinite(eta))) {
            throw new IllegalArgumentException("eta must be positive and finite, got " + eta);
        }
    }

    /** The course's settings: 50 hidden units, batch 64, K ~ U[0.1, 1], Adam 1e-3, 2001 episodes. */
    public static DeqnConfig defaults() {
        return new DeqnConfig(50, 64, 0.1, 1.0, 1e-3, 2001);
    }

    public DeqnConfig withEpisodes(int e) {
        return new DeqnConfig(hidden, batchSize, kMin, kMax, eta, e);
    }

    public DeqnConfig withHidden(int h) {
        return new DeqnConfig(h, batchSize, kMin, kMax, eta, episodes);
    }

    public DeqnConfig withBatchSize(int b) {
        return new DeqnConfig(hidden, b, kMin, kMax, eta, episodes);
    }
}
