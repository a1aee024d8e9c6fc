package dlecon.api.e7;

/**
 * Hyperparameters of the neoclassical model's Euler-residual network (Maliar, Maliar and Winant): a network
 * k -&gt; phi(k) (share of output invested) with {@code layers} hidden tanh layers of width {@code hidden} and a
 * logistic output, trained by Adam on mean R(k)^2 over {@code batchSize} states k ~ U[kLow k*, kHigh k*] drawn
 * afresh each step (k* the steady state).
 *
 * @param layers    number of hidden layers
 * @param hidden    width of each hidden layer
 * @param batchSize states per step
 * @param kLow      lower end of the sampling interval as a multiple of k*
 * @param kHigh     upper end of the sampling interval as a multiple of k*
 * @param eta       Adam learning rate
 * @param steps     number of Adam steps
 */
public record NeoclassicalConfig(int layers, int hidden, int batchSize, double kLow, double kHigh, double eta,
                                 int steps) {

    public NeoclassicalConfig {
        if (layers < 1 || hidden < 1 || batchSize < 1 || steps < 0) {
            throw new IllegalArgumentException("layers, hidden and batchSize must be positive and steps "
                    + "non-negative, got " + layers + ", " + hidden + ", " + batchSize + ", " + steps);
        }
        if (!(kLow > 0 && kLow < kHigh && Double.isFinite(kHigh))) {
            throw new IllegalArgumentException("need 0 < kLow < kHigh < infinity, got " + kLow + ", " + kHigh);
        }
        if (!(eta > 0 && Double.isFinite(eta))) {
            throw new IllegalArgumentException("eta must be positive and finite, got " + eta);
        }
    }

    /**
     * 2 x 16 tanh, batch 64, k ~ U[0.5 k*, 1.5 k*], Adam 3e-3, 3000 steps (smaller and faster than the course's
     * 3 x 32 at 1e-3 for 10k steps, and as accurate: mean |R| 6.5e-5..2.7e-4 on six seeds).
     */
    public static NeoclassicalConfig defaults() {
        return new NeoclassicalConfig(2, 16, 64, 0.5, 1.5, 3e-3, 3000);
    }

    public NeoclassicalConfig withSteps(int s) {
        return new NeoclassicalConfig(layers, hidden, batchSize, kLow, kHigh, eta, s);
    }
}
