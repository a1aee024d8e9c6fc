package dlecon.graders.e7;

import dlecon.api.Exercise;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import dlecon.api.e7.NeoclassicalConfig;
import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgConfig;
import dlecon.api.e7.OlgPolicy;
import dlecon.api.e7.StochasticDeqnConfig;
import dlecon.api.e7.TrainedPolicy;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E7 graders of the four training loops, run on the grader's own network and optimizer ({@link ToyMlp},
 * {@link ToyOptimizers}) so that every step, its optimizer and the states it trains on can be checked against a
 * replay of the generator, independently of the submission's E3 and E4.
 */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.HIDDEN)
class E7SolverGrader {

    /** log k' = log(s_i x_i): a power, a sum and two products, about 1e-15; 1e-12 leaves a factor of 1000. */
    private static final double LOG_K_ABS = 1e-12;

    @Test
    @DisplayName("solveDeterministic takes one Adam step per episode on fresh states K = kMin + u (kMax - kMin) "
            + "drawn after the weights and returns the losses and the trained network's policy")
    @Graded(points = 1, category = "deterministic training loop", task = Tasks.DETERMINISTIC_SOLVER,
            hint = "build the network with policyNetwork first; then each episode draws batchSize states by "
                    + "rng.nextDouble(kMin, kMax) and makes one step of the Adam from optimizers (eta from the config) "
                    + "whose objective is the loss at these states; the history holds what the steps returned")
    void deterministicLoopReplaysDraws(GrowthModels growth, TestSeed seed) {
        BrockMirman bm = BrockMirman.defaults();
        DeqnConfig[] configs = {new DeqnConfig(3, 4, 0.2, 0.9, 0.01, 5), new DeqnConfig(2, 1, 0.5, 2, 0.02, 1),
            new DeqnConfig(2, 3, 0.1, 1, 0.01, 0)};
        for (int c = 0; c < configs.length; c++) {
            DeqnConfig config = configs[c];
            BrockMirman m = c == 1 ? bm.withDelta(0.5) : bm;
            long s = seed.derived(c);
            ToyMlp mlp = new ToyMlp();
            ToyOptimizers optimizers = new ToyOptimizers(mlp);
            TrainedPolicy<DoubleUnaryOperator> r = growth.solveDeterministic(m, config, mlp, optimizers,
                    new SplittableRandom(s));
            String what = config.toString();
            ToyNetwork net = SolverReplay.checkSteps(what, mlp, optimizers, r.lossHistory(), config.episodes(),
                    config.eta(), 0, 0);
            SplittableRandom replay = SolverReplay.afterWeights(s, mlp);
            for (int e = 0; e < config.episodes(); e++) {
                double[][] x = rows(what + ", episode " + e, SolverReplay.states(optimizers, e), config.batchSize(), 1);
                for (int i = 0; i < x.length; i++) {
                    SolverReplay.uniform(what + ", episode " + e + ": K of state " + i, x[i][0], config.kMin(),
                            config.kMax(), replay);
                }
            }
            for (double k : new double[] {config.kMin(), config.kMax(), 1.7}) {
                Expect.close(what + ": policy at K = " + k + " (an inference pass of the trained network)",
                        r.policy().applyAsDouble(k), net.evaluate(new double[][] {{k}})[0][0], 0, 0);
            }
        }
    }

    @Test
    @DisplayName("solveStochastic takes one Adam step per episode on fresh states (z, log K) drawn after the weights, "
            + "with a fresh Adam at fineEta for the second phase")
    @Graded(points = 1, category = "stochastic training loop", task = Tasks.STOCHASTIC_SOLVER,
            hint = "per state draw z = sd(z) rng.nextDouble(-zWidth, zWidth) then log K = rng.nextDouble(logKMin, "
                    + "logKMax); episodes steps of Adam(eta), then a new Adam(fineEta) for fineEpisodes steps; the "
                    + "loss uses the config.nodes()-node Gauss-Hermite rule")
    void stochasticLoopReplaysDraws(GrowthModels growth, TestSeed seed) {
        BrockMirman bm = BrockMirman.defaults();
        StochasticDeqnConfig[] configs = {new StochasticDeqnConfig(3, 3, 2, -2.2, -1.0, 0.01, 3, 0.002, 2, 2),
            new StochasticDeqnConfig(2, 2, 4, -3, 0, 0.02, 0, 0.003, 2, 3),
            new StochasticDeqnConfig(2, 1, 1, -1.8, -1.4, 0.01, 2, 0.001, 0, 1)};
        for (int c = 0; c < configs.length; c++) {
            StochasticDeqnConfig config = configs[c];
            BrockMirman m = c == 1 ? bm.withDelta(0.5).withShocks(-0.5, 0.1) : bm;
            long s = seed.derived(c);
            ToyMlp mlp = new ToyMlp();
            ToyOptimizers optimizers = new ToyOptimizers(mlp);
            TrainedPolicy<DoubleBinaryOperator> r = growth.solveStochastic(m, config, mlp, optimizers,
                    new SplittableRandom(s));
            String what = config.toString();
            ToyNetwork net = SolverReplay.checkSteps(what, mlp, optimizers, r.lossHistory(), config.episodes(),
                    config.eta(), config.fineEpisodes(), config.fineEta());
            SplittableRandom replay = SolverReplay.afterWeights(s, mlp);
            double sd = m.sigma() / Math.sqrt(1 - m.rho() * m.rho());
            for (int e = 0; e < config.totalEpisodes(); e++) {
                String at = what + ", episode " + e;
                double[][] x = rows(at, SolverReplay.states(optimizers, e), config.batchSize(), 2);
                for (int i = 0; i < x.length; i++) {
                    SolverReplay.uniform(at + ": z of state " + i, x[i][0], -config.zWidth() * sd,
                            config.zWidth() * sd, replay);
                    SolverReplay.uniform(at + ": log K of state " + i, x[i][1], config.logKMin(), config.logKMax(),
                            replay);
                }
                int stacked = config.batchSize() * config.nodes();
                Expect.that(at + ": a forward pass on the N n stacked next states", optimizers.steps().get(e).passes()
                        .stream().anyMatch(p -> p.input().length == stacked), stacked + " rows",
                        Arrays.toString(optimizers.steps().get(e).passes().stream().mapToInt(p -> p.input().length)
                                .toArray()));
            }
            for (double[] state : new double[][] {{0, -1.6}, {0.1, -2}, {-0.2, -1.1}}) {
                Expect.close(what + ": policy at " + Arrays.toString(state), r.policy().applyAsDouble(state[0],
                        state[1]), net.evaluate(new double[][] {state})[0][0], 0, 0);
            }
        }
    }

    @Test
    @DisplayName("solveNeoclassical takes one Adam step per step on fresh states k = k* (kLow + u (kHigh - kLow)) "
            + "drawn after the weights")
    @Graded(points = 1, category = "neoclassical training loop", task = Tasks.NEOCLASSICAL_SOLVER,
            hint = "build the network with policyNetwork first; each step draws batchSize states k = k* "
                    + "rng.nextDouble(kLow, kHigh) (multiples of the steady state) and makes one Adam step on the loss")
    void neoclassicalLoopReplaysDraws(GrowthModels growth, TestSeed seed) {
        NeoclassicalConfig[] configs = {new NeoclassicalConfig(2, 3, 4, 0.6, 1.4, 0.01, 5),
            new NeoclassicalConfig(1, 2, 1, 0.9, 3, 0.02, 1), new NeoclassicalConfig(1, 2, 2, 0.5, 1.5, 0.01, 0)};
        for (int c = 0; c < configs.length; c++) {
            NeoclassicalConfig config = configs[c];
            Neoclassical m = c == 1 ? new Neoclassical(0.35, 0.95, 2, 0.3) : Neoclassical.defaults();
            long s = seed.derived(c);
            ToyMlp mlp = new ToyMlp();
            ToyOptimizers optimizers = new ToyOptimizers(mlp);
            TrainedPolicy<DoubleUnaryOperator> r = growth.solveNeoclassical(m, config, mlp, optimizers,
                    new SplittableRandom(s));
            String what = config.toString();
            ToyNetwork net = SolverReplay.checkSteps(what, mlp, optimizers, r.lossHistory(), config.steps(),
                    config.eta(), 0, 0);
            SplittableRandom replay = SolverReplay.afterWeights(s, mlp);
            double kStar = m.steadyStateCapital();
            for (int e = 0; e < config.steps(); e++) {
                double[][] x = rows(what + ", step " + e, SolverReplay.states(optimizers, e), config.batchSize(), 1);
                for (int i = 0; i < x.length; i++) {
                    SolverReplay.uniform(what + ", step " + e + ": k of state " + i, x[i][0],
                            kStar * config.kLow(), kStar * config.kHigh(), replay);
                }
            }
            for (double k : new double[] {kStar, 0.5 * kStar, 2 * kStar}) {
                Expect.close(what + ": policy at k = " + k, r.policy().applyAsDouble(k),
                        net.evaluate(new double[][] {{k}})[0][0], 0, 0);
            }
        }
    }

    @Test
    @DisplayName("solveOlg trains on chains that start at kStart and after each step move to k'_{i+1} = s_i x_i "
            + "under the updated policy and shocks drawn eta' then delta'")
    @Graded(points = 1, category = "OLG training loop", task = Tasks.OLG_SOLVER,
            hint = "chains start at (etaLow, deltaLow, kStart, ..., kStart); after each Adam step evaluate the updated "
                    + "network at every chain's state, draw eta' then delta' with rng.nextBoolean() (true = high) and "
                    + "set k'_{i+1} = s_i x_i with the incomes of the current state; fresh Adam at fineEta at the end")
    void olgLoopReplaysDraws(GrowthModels growth, TestSeed seed) {
        Olg four = new Olg(4, 0.3, 0.7, 0.95, 1.05, 0.5, 0.9);
        OlgConfig[] configs = {new OlgConfig(3, 3, 0.1, 0.01, 3, 0.002, 2), new OlgConfig(2, 2, 0.05, 0.02, 0, 0.003,
            2), new OlgConfig(2, 1, 0.2, 0.01, 2, 0.001, 0)};
        for (int c = 0; c < configs.length; c++) {
            OlgConfig config = configs[c];
            Olg m = c == 1 ? Olg.defaults() : four;
            int n = m.cohorts();
            long s = seed.derived(c);
            ToyMlp mlp = new ToyMlp();
            ToyOptimizers optimizers = new ToyOptimizers(mlp);
            TrainedPolicy<OlgPolicy> r = growth.solveOlg(m, config, mlp, optimizers, new SplittableRandom(s));
            String what = config.toString() + " for " + m;
            ToyNetwork net = SolverReplay.checkSteps(what, mlp, optimizers, r.lossHistory(), config.episodes(),
                    config.eta(), config.fineEpisodes(), config.fineEta());
            SplittableRandom replay = SolverReplay.afterWeights(s, mlp);
            double[][] expected = new double[config.batchSize()][n + 1];
            for (double[] row : expected) {
                Arrays.fill(row, Math.log(config.kStart()));
                row[0] = m.etaLow();
                row[1] = m.deltaLow();
            }
            java.util.List<double[]> finalValues = net.snapshot();
            for (int e = 0; e < config.totalEpisodes(); e++) {
                String at = what + ", episode " + e;
                double[][] x = rows(at, SolverReplay.states(optimizers, e), config.batchSize(), n + 1);
                for (int b = 0; b < x.length; b++) {
                    Expect.close(at + ": inputs (eta, delta, log k_2..log k_N) of chain " + b, x[b], expected[b], 0,
                            LOG_K_ABS);
                }
                net.restore(optimizers.steps().get(e).after());
                double[][] shares = net.evaluate(x);
                for (int b = 0; b < x.length; b++) {
                    double[] k = new double[n - 1];
                    for (int i = 0; i < n - 1; i++) {
                        k[i] = Math.exp(x[b][2 + i]);
                    }
                    double[] income = E7ModelsGrader.incomes(m, x[b][0], x[b][1], k);
                    expected[b][0] = replay.nextBoolean() ? m.etaHigh() : m.etaLow();
                    expected[b][1] = replay.nextBoolean() ? m.deltaHigh() : m.deltaLow();
                    for (int i = 0; i < n - 1; i++) {
                        expected[b][2 + i] = Math.log(shares[b][i] * income[i]);
                    }
                }
            }
            net.restore(finalValues);
            double[] k = {0.3, 0.1, 0.05, 0.02, 0.01};
            double[] holdings = Arrays.copyOf(k, n - 1);
            double[] input = new double[n + 1];
            input[0] = m.etaHigh();
            input[1] = m.deltaLow();
            for (int i = 0; i < n - 1; i++) {
                input[2 + i] = Math.log(holdings[i]);
            }
            Expect.close(what + ": policy at eta " + input[0] + ", delta " + input[1] + ", k " + Arrays.toString(
                    holdings), r.policy().savingsShares(input[0], input[1], holdings.clone()),
                    net.evaluate(new double[][] {input})[0], 0, 0);
        }
    }

    /** {@code x} after checking it has {@code n} rows of {@code width}. */
    private static double[][] rows(String what, double[][] x, int n, int width) {
        Expect.that(what + ": states of the episode (rows of the loss's first forward pass)", x.length == n
                && Arrays.stream(x).allMatch(row -> row.length == width), n + " x " + width, x.length + " rows");
        return x;
    }
}
