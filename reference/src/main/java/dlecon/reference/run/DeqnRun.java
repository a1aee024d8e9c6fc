package dlecon.reference.run;

import java.util.List;

/**
 * One trained deterministic Brock-Mirman DEQN.
 *
 * @param seed        seed of the run
 * @param policy      s(K) against alpha beta on the comparison grid
 * @param lossHistory loss of every episode (copied)
 */
public record DeqnRun(int seed, List<PolicyPoint> policy, double[] lossHistory) {

    public DeqnRun {
        policy = List.copyOf(policy);
        lossHistory = lossHistory.clone();
    }

    @Override
    public double[] lossHistory() {
        return lossHistory.clone();
    }

    /** max over the grid of |s(K) - alpha beta| (NaN if any point is NaN). */
    public double maxAbsError() {
        double m = 0;
        for (PolicyPoint p : policy) {
            if (!(p.absError() <= m)) {
                m = p.absError();
            }
            if (Double.isNaN(m)) {
                return m;
            }
        }
        return m;
    }

    /** log10 of the loss at the 0-based episode e (NaN if the run is shorter). */
    public double log10LossAt(int e) {
        return e >= 0 && e < lossHistory.length ? Math.log10(lossHistory[e]) : Double.NaN;
    }

    /**
     * Mean of log10 loss over the last m episodes (all of them if there are fewer; NaN if there are none): a less
     * noisy figure than the last episode's loss, which is measured on one batch of random states.
     */
    public double meanLog10LossLast(int m) {
        int from = Math.max(0, lossHistory.length - m);
        double sum = 0;
        for (int i = from; i < lossHistory.length; i++) {
            sum += Math.log10(lossHistory[i]);
        }
        return lossHistory.length == 0 ? Double.NaN : sum / (lossHistory.length - from);
    }

    /** log10 of the last episode's loss (NaN if there was none). */
    public double finalLog10Loss() {
        return log10LossAt(lossHistory.length - 1);
    }
}
