package dlecon.api.e7;

import java.util.function.DoubleUnaryOperator;

/**
 * A trained network of a deterministic growth model (a Deep Equilibrium Net).
 *
 * @param policy      the trained policy of capital (inference pass of the network): the savings rate K -&gt; s(K)
 *                    of Brock-Mirman, or the investment share k -&gt; phi(k) of the neoclassical model
 * @param lossHistory the training loss (mean errREE^2, or mean R^2) of every episode, evaluated before that
 *                    episode's update
 *                    (length = episodes; the array is copied)
 */
public record DeqnResult(DoubleUnaryOperator policy, double[] lossHistory) {

    public DeqnResult {
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
