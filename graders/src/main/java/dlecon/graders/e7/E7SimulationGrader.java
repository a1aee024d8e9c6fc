package dlecon.graders.e7;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.Exercise;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.SimulationPath;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Property;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E7 grader of the simulation: the path against the law of motion, replaying the generator's draws. */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.PUBLIC)
class E7SimulationGrader {

    /**
     * A path of up to 40 periods: each period rounds a log, an exp and a power (a few 1e-16 in log K) and the
     * errors are damped by alpha &lt; 1 and the policy's small slope; 1e-12 leaves a factor of 100.
     */
    private static final double PATH_ABS = 1e-12;

    /** A simulation case: calibration, number of periods, seed of the shocks, s = c0 + c1 tanh(c2 z + c3 dlog K). */
    record PathCase(BrockMirman model, int periods, long shocks, double c0, double c1, double c2, double c3) {
        double savings(double z, double logK) {
            return c0 + c1 * Math.tanh(c2 * z + c3 * (logK - Math.log(model.steadyStateCapital())));
        }
    }

    @Test
    @DisplayName("a simulated path follows K[t+1] = (1 - delta) K[t] + s[t] exp(z[t]) K[t]^alpha and z[t+1] = rho z[t] "
            + "+ sigma eps with one nextGaussian() per step, for state-dependent policies")
    @Graded(points = 2, category = "simulation", task = Tasks.SIMULATION,
            hint = "start at z = 0 and log K_ss; s[t] = s(z[t], log K[t]); K[t+1] uses z[t], K[t] and s[t]; "
                    + "z[t+1] = rho z[t] + sigma eps with one rng.nextGaussian() per step, in order (T - 1 draws)")
    void simulation(GrowthModels growth, TestSeed seed) {
        Property.forAll(seed.value(), 20, doubles().between(0.05, 1).zip(integers().between(1, 40), longs().all(),
                (delta, periods, state) -> {
                    SplittableRandom r = new SplittableRandom(state);
                    BrockMirman m = new BrockMirman(r.nextDouble(0.2, 0.5), r.nextDouble(0.9, 0.99), delta,
                            r.nextDouble(-0.9, 0.95), r.nextDouble(0.01, 0.1));
                    return new PathCase(m, periods, r.nextLong(), r.nextDouble(0.2, 0.4), r.nextDouble(-0.1, 0.1),
                            r.nextDouble(-3, 3), r.nextDouble(-1, 1));
                }), c -> check(growth, c));
        BrockMirman bm = BrockMirman.defaults();
        long shocks = seed.derived(1);
        for (PathCase c : new PathCase[] {new PathCase(bm, 1, shocks, 0.3, 0.05, 1, 1),
                new PathCase(bm, 2, shocks, 0.3, 0.05, 1, 1), new PathCase(bm, 40, shocks, bm.savingsRate(), 0, 0, 0),
                new PathCase(bm.withDelta(0.1), 40, shocks, 0.25, 0.1, 2, -1)}) {
            check(growth, c);
        }
    }

    private static void check(GrowthModels growth, PathCase c) {
        BrockMirman m = c.model();
        SplittableRandom rng = new SplittableRandom(c.shocks());
        SimulationPath path = growth.simulate(m, c::savings, c.periods(), rng);
        SplittableRandom replay = new SplittableRandom(c.shocks());
        Expect.that("length of the path for " + c, path.length() == c.periods(), Integer.toString(c.periods()),
                Integer.toString(path.length()));
        double[] z = path.z();
        double[] logK = path.logK();
        double[] s = path.savingsRate();
        double ez = 0;
        double elk = Math.log(m.steadyStateCapital());
        for (int t = 0; t < c.periods(); t++) {
            Expect.close("z[" + t + "] for " + c, z[t], ez, 0, PATH_ABS);
            Expect.close("log K[" + t + "] for " + c, logK[t], elk, 0, PATH_ABS);
            double es = c.savings(ez, elk);
            Expect.close("s[" + t + "] for " + c, s[t], es, 0, PATH_ABS);
            double capital = Math.exp(elk);
            elk = Math.log((1 - m.delta()) * capital + es * Math.exp(ez) * Math.pow(capital, m.alpha()));
            ez = m.rho() * ez + m.sigma() * (t + 1 < c.periods() ? replay.nextGaussian() : 0);
        }
        Expect.that("the generator advanced by exactly T - 1 = " + (c.periods() - 1) + " nextGaussian() calls for "
                + c, rng.nextLong() == replay.nextLong(), "the state after T - 1 draws", "another state");
    }
}
