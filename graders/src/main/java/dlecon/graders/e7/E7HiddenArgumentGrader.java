package dlecon.graders.e7;

import static dlecon.graders.e7.E7ArgumentGrader.rejects;

import dlecon.api.Exercise;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import dlecon.api.e7.NeoclassicalConfig;
import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgConfig;
import dlecon.api.e7.StochasticDeqnConfig;
import dlecon.grading.api.Credit;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E7 grader of the documented argument checks of the losses and the solvers. */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.HIDDEN)
class E7HiddenArgumentGrader {

    @Test
    @DisplayName("the losses and solvers reject null arguments, empty or unequal arrays and malformed OLG states")
    @Graded(points = 1, category = "argument checks", task = Tasks.ARGUMENTS,
            hint = "throw IllegalArgumentException for every null argument (also when no episode would use it), "
                    + "empty state arrays, z and log K of different lengths and OLG rows that are null or not of "
                    + "length N + 1")
    void lossAndSolverArgumentChecks(GrowthModels growth, Credit credit) {
        BrockMirman bm = BrockMirman.defaults();
        GaussHermite rule = Hermite.three();
        LogisticNet one = new LogisticNet(1, 1, 0.1, -0.5);
        LogisticNet two = new LogisticNet(2, 1, 0.1, 0.2, -0.5);
        double[] k = {0.2, 0.5};
        credit.check("deterministic loss, null policy", () -> rejects(() -> growth.deterministicLoss(null, bm, k)));
        credit.check("deterministic loss, null model", () -> rejects(() -> growth.deterministicLoss(one, null, k)));
        credit.check("deterministic loss, null capital", () -> rejects(() -> growth.deterministicLoss(one, bm, null)));
        credit.check("deterministic loss, no states", () -> rejects(() -> growth.deterministicLoss(one, bm,
                new double[0])));
        double[] z = {0, 0.1};
        double[] logK = {-1.6, -1.4};
        credit.check("stochastic loss, null policy", () -> rejects(() -> growth.stochasticLoss(null, bm, rule, z,
                logK)));
        credit.check("stochastic loss, null model", () -> rejects(() -> growth.stochasticLoss(two, null, rule, z,
                logK)));
        credit.check("stochastic loss, null rule", () -> rejects(() -> growth.stochasticLoss(two, bm, null, z, logK)));
        credit.check("stochastic loss, null z", () -> rejects(() -> growth.stochasticLoss(two, bm, rule, null, logK)));
        credit.check("stochastic loss, null log K", () -> rejects(() -> growth.stochasticLoss(two, bm, rule, z,
                null)));
        credit.check("stochastic loss, no states", () -> rejects(() -> growth.stochasticLoss(two, bm, rule,
                new double[0], new double[0])));
        credit.check("stochastic loss, 2 z and 3 log K", () -> rejects(() -> growth.stochasticLoss(two, bm, rule, z,
                new double[] {-1.6, -1.4, -1.5})));
        credit.check("stochastic loss, 2 z and 1 log K", () -> rejects(() -> growth.stochasticLoss(two, bm, rule, z,
                new double[] {-1.6})));
        Neoclassical nc = Neoclassical.defaults();
        double[] kn = {2.5, 3};
        credit.check("neoclassical loss, null policy", () -> rejects(() -> growth.neoclassicalLoss(null, nc, kn)));
        credit.check("neoclassical loss, null model", () -> rejects(() -> growth.neoclassicalLoss(one, null, kn)));
        credit.check("neoclassical loss, null capital", () -> rejects(() -> growth.neoclassicalLoss(one, nc, null)));
        credit.check("neoclassical loss, no states", () -> rejects(() -> growth.neoclassicalLoss(one, nc,
                new double[0])));
        Olg olg = Olg.defaults();
        LogisticNet seven = LogisticNet.random(7, 5, 0.1, new SplittableRandom(1));
        double[][] states = {{1.05, 0.5, 0.4, 0.18, 0.07, 0.03, 0.008}};
        credit.check("OLG loss, null policy", () -> rejects(() -> growth.olgLoss(null, olg, states)));
        credit.check("OLG loss, null model", () -> rejects(() -> growth.olgLoss(seven, null, states)));
        credit.check("OLG loss, null states", () -> rejects(() -> growth.olgLoss(seven, olg, null)));
        credit.check("OLG loss, no states", () -> rejects(() -> growth.olgLoss(seven, olg, new double[0][])));
        credit.check("OLG loss, a null row", () -> rejects(() -> growth.olgLoss(seven, olg,
                new double[][] {states[0].clone(), null})));
        credit.check("OLG loss, a row of length N", () -> rejects(() -> growth.olgLoss(seven, olg,
                new double[][] {states[0].clone(), {1.05, 0.5, 0.4, 0.18, 0.07, 0.03}})));
        credit.check("OLG loss, a row of length N + 2", () -> rejects(() -> growth.olgLoss(seven, olg,
                new double[][] {{1.05, 0.5, 0.4, 0.18, 0.07, 0.03, 0.008, 0.001}})));
        solverChecks(growth, credit);
    }

    /** Each argument of each solver null in turn, with no episode to run so that only the check can throw. */
    private static void solverChecks(GrowthModels growth, Credit credit) {
        BrockMirman bm = BrockMirman.defaults();
        DeqnConfig deqn = new DeqnConfig(2, 2, 0.1, 1, 0.01, 0);
        StochasticDeqnConfig sto = new StochasticDeqnConfig(2, 2, 2, -2, -1, 0.01, 0, 0.001, 0, 2);
        Neoclassical nc = Neoclassical.defaults();
        NeoclassicalConfig neo = new NeoclassicalConfig(1, 2, 2, 0.5, 1.5, 0.01, 0);
        Olg olg = Olg.defaults();
        OlgConfig olgConfig = new OlgConfig(2, 2, 0.1, 0.01, 0, 0.001, 0);
        String[] names = {"model", "config", "mlp", "optimizers", "rng"};
        for (int a = 0; a < names.length; a++) {
            int nulled = a;
            ToyMlp mlp = new ToyMlp();
            ToyOptimizers opt = new ToyOptimizers(mlp);
            credit.check("solveDeterministic, null " + names[a], () -> rejects(() -> growth.solveDeterministic(
                    nulled == 0 ? null : bm, nulled == 1 ? null : deqn, nulled == 2 ? null : mlp,
                    nulled == 3 ? null : opt, nulled == 4 ? null : new SplittableRandom(1))));
            credit.check("solveStochastic, null " + names[a], () -> rejects(() -> growth.solveStochastic(
                    nulled == 0 ? null : bm, nulled == 1 ? null : sto, nulled == 2 ? null : mlp,
                    nulled == 3 ? null : opt, nulled == 4 ? null : new SplittableRandom(1))));
            credit.check("solveNeoclassical, null " + names[a], () -> rejects(() -> growth.solveNeoclassical(
                    nulled == 0 ? null : nc, nulled == 1 ? null : neo, nulled == 2 ? null : mlp,
                    nulled == 3 ? null : opt, nulled == 4 ? null : new SplittableRandom(1))));
            credit.check("solveOlg, null " + names[a], () -> rejects(() -> growth.solveOlg(
                    nulled == 0 ? null : olg, nulled == 1 ? null : olgConfig, nulled == 2 ? null : mlp,
                    nulled == 3 ? null : opt, nulled == 4 ? null : new SplittableRandom(1))));
        }
    }
}
