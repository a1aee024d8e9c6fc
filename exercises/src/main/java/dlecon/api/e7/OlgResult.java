package dlecon.api.e7;

/**
 * A trained OLG Deep Equilibrium Net.
 *
 * @param policy      the trained policy (inference pass of the network)
 * @param lossHistory the loss (mean squared relative Euler error) of every episode, evaluated before that
 *                    episode's update (length = episodes; the array is copied)
 */
public record OlgResult(OlgPolicy policy, double[] lossHistory) {

    public OlgResult {
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
}
