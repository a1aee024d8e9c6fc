package dlecon.api.e7;

import java.util.function.DoubleBinaryOperator;

/**
 * A trained stochastic Deep Equilibrium Net.
 *
 * @param policy      the trained savings-rate policy (z, log K) -&gt; s (inference pass of the network)
 * @param lossHistory the loss mean r^2 of every episode, evaluated before that episode's update
 *                    (length = episodes; the array is copied)
 */
public record StochasticDeqnResult(DoubleBinaryOperator policy, double[] lossHistory) {

    public StochasticDeqnResult {
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
