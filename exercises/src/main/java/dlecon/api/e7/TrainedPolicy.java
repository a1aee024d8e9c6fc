package dlecon.api.e7;

/**
 * A trained Deep Equilibrium Net: its policy and its training history.
 *
 * @param <P>         the policy's type: {@link java.util.function.DoubleUnaryOperator} K -&gt; s(K) for
 *                    deterministic Brock-Mirman or k -&gt; phi(k) for the neoclassical model,
 *                    {@link java.util.function.DoubleBinaryOperator} (z, log K) -&gt; s for stochastic Brock-Mirman,
 *                    {@link OlgPolicy} for the OLG model
 * @param policy      the trained policy (an inference pass of the network)
 * @param lossHistory the training loss of every episode (mean squared residual), evaluated before that episode's
 *                    update (length = episodes; the array is copied)
 */
public record TrainedPolicy<P>(P policy, double[] lossHistory) {

    public TrainedPolicy {
        if (policy == null || lossHistory == null) {
            throw new IllegalArgumentException("policy and lossHistory must not be null");
        }
        lossHistory = lossHistory.clone();
    }

    /** A copy of the loss history. */
    @Override
    public double[] lossHistory() {
        return lossHistory.clone();
    }

    /** log10 of the loss of the last episode (NaN if there was none). */
    public double finalLog10Loss() {
        return lossHistory.length == 0 ? Double.NaN : Math.log10(lossHistory[lossHistory.length - 1]);
    }
}
