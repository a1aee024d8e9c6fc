package dlecon.api.e7;

/**
 * A policy of the OLG model ({@link Olg}): the savings shares a_i / x_i of ages 1..N-1 at the state
 * (eta, delta, k_2, ..., k_N).
 */
@FunctionalInterface
public interface OlgPolicy {

    /**
     * @param eta     current productivity
     * @param delta   current depreciation
     * @param capital the N - 1 holdings k_2..k_N (index i-2 for age i), not to be modified
     * @return the N - 1 savings shares of ages 1..N-1 (index i-1 for age i)
     */
    double[] savingsShares(double eta, double delta, double[] capital);
}
