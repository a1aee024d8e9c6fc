package dlecon.graders.e7;

import dlecon.api.Exercise;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgPolicy;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.GradingFailure;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E7 grader of the documented argument checks and NaN results of the residuals, the rule and the simulation. */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.PUBLIC)
class E7ArgumentGrader {

    @Test
    @DisplayName("residuals, Gauss-Hermite and simulate reject the documented bad arguments and turn NaN into NaN")
    @Graded(points = 1, category = "argument checks", task = Tasks.ARGUMENTS,
            hint = "throw IllegalArgumentException for null arguments, k <= 0, n outside [1, 100], periods < 1, wrong "
                    + "lengths and the OLG cases the API lists; a NaN state or policy value gives NaN, no exception")
    void argumentChecks(GrowthModels growth, Credit credit) {
        BrockMirman bm = BrockMirman.defaults();
        GaussHermite rule = Hermite.three();
        credit.check("deterministic residual, null model", () -> rejects(() -> growth.deterministicResidual(null,
                k -> 0.3, 0.2)));
        credit.check("deterministic residual, null policy", () -> rejects(() -> growth.deterministicResidual(bm,
                null, 0.2)));
        credit.check("deterministic residual, K = 0", () -> rejects(() -> growth.deterministicResidual(bm, k -> 0.3,
                0)));
        credit.check("deterministic residual, K = -1", () -> rejects(() -> growth.deterministicResidual(bm, k -> 0.3,
                -1)));
        credit.check("deterministic residual, K = NaN", () -> nan(growth.deterministicResidual(bm, k -> 0.3,
                Double.NaN)));
        credit.check("deterministic residual, NaN policy", () -> nan(growth.deterministicResidual(bm,
                k -> Double.NaN, 0.2)));
        for (int n : new int[] {0, -3, 101}) {
            credit.check("Gauss-Hermite rule with n = " + n, () -> rejects(() -> growth.gaussHermite(n)));
        }
        credit.check("stochastic residual, null model", () -> rejects(() -> growth.stochasticResidual(null,
                (z, k) -> 0.3, rule, 0, -1.6)));
        credit.check("stochastic residual, null policy", () -> rejects(() -> growth.stochasticResidual(bm, null,
                rule, 0, -1.6)));
        credit.check("stochastic residual, null rule", () -> rejects(() -> growth.stochasticResidual(bm,
                (z, k) -> 0.3, null, 0, -1.6)));
        credit.check("stochastic residual, z = NaN", () -> nan(growth.stochasticResidual(bm, (z, k) -> 0.3, rule,
                Double.NaN, -1.6)));
        credit.check("stochastic residual, log K = NaN", () -> nan(growth.stochasticResidual(bm, (z, k) -> 0.3, rule,
                0, Double.NaN)));
        credit.check("stochastic residual, NaN policy", () -> nan(growth.stochasticResidual(bm,
                (z, k) -> Double.NaN, rule, 0, -1.6)));
        Neoclassical nc = Neoclassical.defaults();
        credit.check("neoclassical residual, null model", () -> rejects(() -> growth.neoclassicalResidual(null,
                k -> 0.2, 3)));
        credit.check("neoclassical residual, null policy", () -> rejects(() -> growth.neoclassicalResidual(nc, null,
                3)));
        credit.check("neoclassical residual, k = 0", () -> rejects(() -> growth.neoclassicalResidual(nc, k -> 0.2,
                0)));
        credit.check("neoclassical residual, k = -2", () -> rejects(() -> growth.neoclassicalResidual(nc, k -> 0.2,
                -2)));
        credit.check("neoclassical residual, NaN policy", () -> nan(growth.neoclassicalResidual(nc,
                k -> Double.NaN, 3)));
        credit.check("simulate, null model", () -> rejects(() -> growth.simulate(null, (z, k) -> 0.3, 5,
                new SplittableRandom(1))));
        credit.check("simulate, null policy", () -> rejects(() -> growth.simulate(bm, null, 5,
                new SplittableRandom(1))));
        credit.check("simulate, null rng", () -> rejects(() -> growth.simulate(bm, (z, k) -> 0.3, 5, null)));
        for (int periods : new int[] {0, -1}) {
            credit.check("simulate, " + periods + " periods", () -> rejects(() -> growth.simulate(bm, (z, k) -> 0.3,
                    periods, new SplittableRandom(1))));
        }
        credit.check("simulate, NaN policy", () -> nan(growth.simulate(bm, (z, k) -> Double.NaN, 3,
                new SplittableRandom(1)).logK()[2]));
        olgChecks(growth, credit);
    }

    private static void olgChecks(GrowthModels growth, Credit credit) {
        Olg olg = Olg.defaults();
        double[] shares = olg.exactSavingsShares();
        OlgPolicy exact = (eta, delta, k) -> shares.clone();
        double[] k = {0.4, 0.18, 0.07, 0.03, 0.008};
        credit.check("OLG errors, null model", () -> rejects(() -> growth.olgEulerErrors(null, exact, 1, 0.5, k)));
        credit.check("OLG errors, null policy", () -> rejects(() -> growth.olgEulerErrors(olg, null, 1, 0.5, k)));
        credit.check("OLG errors, null capital", () -> rejects(() -> growth.olgEulerErrors(olg, exact, 1, 0.5, null)));
        credit.check("OLG errors, N - 2 holdings", () -> rejects(() -> growth.olgEulerErrors(olg, exact, 1, 0.5,
                new double[] {0.4, 0.18, 0.07, 0.03})));
        credit.check("OLG errors, N holdings", () -> rejects(() -> growth.olgEulerErrors(olg, exact, 1, 0.5,
                new double[] {0.4, 0.18, 0.07, 0.03, 0.008, 0.001})));
        credit.check("OLG errors, K = 0", () -> rejects(() -> growth.olgEulerErrors(olg, exact, 1, 0.5,
                new double[5])));
        credit.check("OLG errors, K < 0", () -> rejects(() -> growth.olgEulerErrors(olg, exact, 1, 0.5,
                new double[] {0.1, -0.3, 0, 0, 0})));
        for (double eta : new double[] {0, -1, Double.NaN}) {
            credit.check("OLG errors, eta = " + eta, () -> rejects(() -> growth.olgEulerErrors(olg, exact, eta, 0.5,
                    k)));
        }
        credit.check("OLG errors, policy with N shares", () -> rejects(() -> growth.olgEulerErrors(olg,
                (eta, delta, kk) -> new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, 1, 0.5, k)));
        credit.check("OLG errors, policy with N - 2 shares", () -> rejects(() -> growth.olgEulerErrors(olg,
                (eta, delta, kk) -> new double[] {0.5, 0.5, 0.5, 0.5}, 1, 0.5, k)));
        credit.check("OLG errors, policy returning null", () -> rejects(() -> growth.olgEulerErrors(olg,
                (eta, delta, kk) -> null, 1, 0.5, k)));
        credit.check("OLG errors, zero savings (K' = 0)", () -> rejects(() -> growth.olgEulerErrors(olg,
                (eta, delta, kk) -> new double[5], 1, 0.5, k)));
        credit.check("OLG errors, NaN policy", () -> {
            double[] e = growth.olgEulerErrors(olg, (eta, delta, kk) -> new double[] {Double.NaN, 0.5, 0.5, 0.5, 0.5},
                    1, 0.5, k);
            for (double v : e) {
                nan(v);
            }
        });
        credit.check("OLG errors, NaN holding", () -> {
            for (double v : growth.olgEulerErrors(olg, exact, 1, 0.5, new double[] {0.4, Double.NaN, 0.07, 0.03,
                0.008})) {
                nan(v);
            }
        });
    }

    /** Fails unless {@code call} throws an IllegalArgumentException. */
    static void rejects(Runnable call) {
        try {
            call.run();
        } catch (IllegalArgumentException e) {
            return;
        } catch (RuntimeException e) {
            throw new GradingFailure("the call threw another exception", "IllegalArgumentException",
                    e.getClass().getSimpleName(), "");
        }
        throw new GradingFailure("the call returned normally", "IllegalArgumentException", "no exception", "");
    }

    /** Fails unless {@code v} is NaN. */
    static void nan(double v) {
        Expect.that("a NaN result", Double.isNaN(v), "NaN", Double.toString(v));
    }
}
