package dlecon.solution.e7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.Neoclassical;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The calibration records: defaults, validation, steady states, and the analytic stationary moments of log K under
 * the closed-form Brock-Mirman policy checked against long simulations.
 */
class GrowthCalibrationTest {

    /** Closed forms evaluated in double precision. */
    private static final double EXACT = 1e-13;
    /** Simulation length per seed; the standard errors below are for this length. */
    private static final int STEPS = 4_000_000;
    /**
     * Standard error of the sample mean of log K: long-run sd sigma / ((1 - alpha)(1 - rho)) = 0.625 over
     * sqrt(4e6) = 3.1e-4; 4 standard errors.
     */
    private static final double MEAN_TOL = 4 * 0.625 / Math.sqrt(STEPS);
    /**
     * Relative standard error of the sample sd: sqrt(sum_k rho_k^2 / (2T)) with sum_k rho_k^2 about
     * (1 + .81)/(1 - .81) = 9.5 (the rho = .9 root dominates) gives 1.1e-3; 5 standard errors.
     */
    private static final double SD_REL_TOL = 5 * Math.sqrt(9.5 / (2.0 * STEPS));

    @Test
    void brockMirmanDefaultsAndClosedForms() {
        BrockMirman m = BrockMirman.defaults();
        assertThat(new double[] {m.alpha(), m.beta(), m.delta(), m.rho(), m.sigma()})
                .containsExactly(0.36, 0.99, 1.0, 0.9, 0.04);
        Close.assertRelative("alpha beta", m.savingsRate(), 0.3564, EXACT);
        Close.assertRelative("k_ss", m.steadyStateCapital(), Math.pow(0.3564, 1 / 0.64), EXACT);
        Close.assertAbsolute("k_ss (course, rounded)", m.steadyStateCapital(), 0.199482, 5e-7);
        Close.assertAbsolute("E log K", m.meanLogCapital(), -1.61203, 5e-6);
        Close.assertAbsolute("sd log K", m.sdLogCapital(), 0.137656, 5e-7);
        // with delta < 1 the steady state solves 1 = beta (alpha K^(alpha-1) + 1 - delta)
        BrockMirman d = m.withDelta(0.1);
        double k = d.steadyStateCapital();
        Close.assertRelative("Euler equation at the steady state",
                d.beta() * (d.alpha() * Math.pow(k, d.alpha() - 1) + 1 - d.delta()), 1.0, EXACT);
        assertThatThrownBy(d::meanLogCapital).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(d::sdLogCapital).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void neoclassicalDefaultsAndSteadyState() {
        Neoclassical m = Neoclassical.defaults();
        assertThat(new double[] {m.theta(), m.beta(), m.gamma(), m.delta()}).containsExactly(0.3, 0.96, 4.0, 0.1);
        Close.assertRelative("k*", m.steadyStateCapital(), 2.920822149964071, EXACT);
        Close.assertRelative("c*", m.steadyStateConsumption(), 1.087194911375516, EXACT);
        double k = m.steadyStateCapital();
        Close.assertRelative("investment share", m.steadyStateInvestmentShare() * Math.pow(k, 0.3), 0.1 * k, EXACT);
    }

    @Test
    void invalidCalibrationsAreRejected() {
        assertThatThrownBy(() -> new BrockMirman(0, 0.99, 1, 0.9, 0.04)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new BrockMirman(0.36, 1, 1, 0.9, 0.04)).hasMessageContaining("beta");
        assertThatThrownBy(() -> new BrockMirman(0.36, 0.99, 0, 0.9, 0.04)).hasMessageContaining("delta");
        assertThatThrownBy(() -> new BrockMirman(0.36, 0.99, 1, 1, 0.04)).hasMessageContaining("rho");
        assertThatThrownBy(() -> new BrockMirman(0.36, 0.99, 1, 0.9, -1)).hasMessageContaining("sigma");
        assertThatThrownBy(() -> new BrockMirman(Double.NaN, 0.99, 1, 0.9, 0.04))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Neoclassical(1, 0.96, 4, 0.1)).hasMessageContaining("theta");
        assertThatThrownBy(() -> new Neoclassical(0.3, 0.96, 0, 0.1)).hasMessageContaining("gamma");
        assertThatThrownBy(() -> new Neoclassical(0.3, 0.96, 4, 1.5)).hasMessageContaining("delta");
    }

    /**
     * Simulates log K' = log(alpha beta) + z + alpha log K, z' = rho z + sigma eps (the closed-form policy) for
     * 3 seeds; every seed must match the analytic mean and standard deviation (a 4-5 standard-error test, so a
     * failure means a wrong formula, e.g. the AR(1) value sigma / sqrt((1 - alpha^2)(1 - rho^2)) = 0.098).
     */
    @Test
    void analyticMomentsMatchLongSimulations() {
        BrockMirman m = BrockMirman.defaults();
        for (long seed : new long[] {1, 2, 3}) {
            SplittableRandom rng = new SplittableRandom(seed);
            double x = m.meanLogCapital();
            double z = 0;
            for (int t = 0; t < 2000; t++) { // burn-in: the slowest root .9^2000 is negligible
                x = Math.log(m.savingsRate()) + z + m.alpha() * x;
                z = m.rho() * z + m.sigma() * rng.nextGaussian();
            }
            double sum = 0;
            double sumSq = 0;
            for (int t = 0; t < STEPS; t++) {
                x = Math.log(m.savingsRate()) + z + m.alpha() * x;
                z = m.rho() * z + m.sigma() * rng.nextGaussian();
                sum += x;
                sumSq += x * x;
            }
            double mean = sum / STEPS;
            double sd = Math.sqrt(sumSq / STEPS - mean * mean);
            Close.assertAbsolute("simulated E log K, seed " + seed, mean, m.meanLogCapital(), MEAN_TOL);
            Close.assertRelative("simulated sd log K, seed " + seed, sd, m.sdLogCapital(), SD_REL_TOL);
        }
    }
}
