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
        throw new UnsupportedOperationException("TODO E7 simulate (z, log K) for T periods under the policy, from (0, log K_ss)");
    }
}
