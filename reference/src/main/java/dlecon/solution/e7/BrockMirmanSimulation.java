package dlecon.solution.e7;

import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.SimulationPath;
import java.util.function.DoubleBinaryOperator;
import java.util.random.RandomGenerator;

/** Simulation of the stochastic Brock-Mirman model under a savings-rate policy. */
final class BrockMirmanSimulation {

    private BrockMirmanSimulation() {
    }

    /**
     * z[0] = 0, log K[0] = log K_ss; s[t] = s(z[t], log K[t]), K[t+1] = (1 - delta) K[t] + s[t] exp(z[t]) K[t]^alpha,
     * z[t+1] = rho z[t] + sigma eps with eps = rng.nextGaussian().
     */
    static SimulationPath simulate(BrockMirman m, DoubleBinaryOperator savingsRate, int periods,
                                   RandomGenerator rng) {
        // BEGIN SOLUTION: E7 simulate (z, log K) for T periods under the policy, from (0, log K_ss)
        if (m == null || savingsRate == null || rng == null) {
            throw new IllegalArgumentException("model, savingsRate and rng must not be null");
        }
        if (periods < 1) {
            throw new IllegalArgumentException("periods must be at least 1, got " + periods);
        }
        double[] z = new double[periods];
        double[] logK = new double[periods];
        double[] s = new double[periods];
        logK[0] = Math.log(m.steadyStateCapital());
        for (int t = 0; t < periods; t++) {
            s[t] = savingsRate.applyAsDouble(z[t], logK[t]);
            if (t + 1 < periods) {
                double k = Math.exp(logK[t]);
                double y = Math.exp(z[t] + m.alpha() * logK[t]);
                logK[t + 1] = Math.log((1 - m.delta()) * k + s[t] * y);
                z[t + 1] = m.rho() * z[t] + m.sigma() * rng.nextGaussian();
            }
        }
        return new SimulationPath(z, logK, s);
        // END SOLUTION
    }
}
