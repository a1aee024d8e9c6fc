package dlecon.reference.run;

import dlecon.api.e7.SimulationPath;

/**
 * One trained stochastic Brock-Mirman DEQN and its simulated path.
 *
 * @param seed        seed of the training
 * @param path        the path simulated with the trained policy
 * @param residuals   the Euler residual r(z[t], log K[t]) at every period of the path (copied)
 * @param alphaBeta   the closed-form savings rate alpha beta
 * @param lossHistory loss mean r^2 of every episode (copied)
 */
public record StochasticRun(int seed, SimulationPath path, double[] residuals, double alphaBeta,
                            double[] lossHistory) {

    /** @throws IllegalArgumentException if residuals and path differ in length */
    public StochasticRun {
        if (residuals.length != path.length()) {
            throw new IllegalArgumentException(residuals.length + " residuals for " + path.length() + " periods");
        }
        residuals = residuals.clone();
        lossHistory = lossHistory.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    @Override
    public double[] lossHistory() {
        return lossHistory.clone();
    }

    /** max over the path of |s[t] / (alpha beta) - 1|. */
    public double maxRelPolicyError() {
        double[] s = path.savingsRate();
        double[] rel = new double[s.length];
        for (int t = 0; t < s.length; t++) {
            rel[t] = s[t] / alphaBeta - 1;
        }
        return Moments.maxAbs(rel);
    }

    /** Simulated E log K. */
    public double meanLogK() {
        return Moments.mean(path.logK());
    }

    /** Simulated sd(log K). */
    public double sdLogK() {
        return Moments.sd(path.logK());
    }

    /** Mean |r| along the path. */
    public double meanAbsResidual() {
        return Moments.meanAbs(residuals);
    }

    /** Max |r| along the path. */
    public double maxAbsResidual() {
        return Moments.maxAbs(residuals);
    }

    /** log10 of the last episode's loss. */
    public double finalLog10Loss() {
        return Moments.finalLog10(lossHistory);
    }
}
