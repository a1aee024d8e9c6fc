package dlecon.graders.e7;

import dlecon.api.Exercise;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import dlecon.api.e7.Olg;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E7 graders of the four DEQN losses and their gradients, on hand-made logistic policy networks
 * ({@link LogisticNet}) against the grader's own losses (the public graders' residual formulas) and their finite
 * differences.
 */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.HIDDEN)
class E7LossGrader {

    /** Random cases per loss besides the fixed ones. */
    private static final int CASES = 4;
    /** Range of the random network values: shares logistic(O(1)) far from the exact ones, losses of order 1e-2..1. */
    private static final double SCALE = 0.5;

    @Test
    @DisplayName("deterministicLoss of a hand-made logistic network gives the mean squared errREE and its gradient")
    @Graded(points = 2, category = "deterministic loss and gradient", task = Tasks.DETERMINISTIC_LOSS,
            hint = "clear the gradients first; the gradient must include the path theta -> s(K) -> K' -> s(K'): "
                    + "forward and backward at K' (its backward returns dL/dK'), then forward and backward at K with "
                    + "dL/ds = dL/dK' Y - dL/dC Y; every forward pass with training = true")
    void deterministicLossMatchesFiniteDifferences(GrowthModels growth, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < CASES + 2; c++) {
            BrockMirman m = c == 0 ? BrockMirman.defaults() : new BrockMirman(rng.nextDouble(0.2, 0.5),
                    rng.nextDouble(0.85, 0.99), c % 2 == 1 ? 1 : rng.nextDouble(0.05, 1), 0.9, 0.04);
            double[] capital = new double[c == 1 ? 1 : 2 + rng.nextInt(7)];
            for (int i = 0; i < capital.length; i++) {
                capital[i] = rng.nextDouble(0.05, 2);
            }
            LogisticNet net = LogisticNet.random(1, 1, SCALE, rng);
            double[] copy = capital.clone();
            String what = "model " + m + ", K " + Arrays.toString(capital) + ", s(K) = logistic(a K + b), (a, b) = "
                    + Arrays.toString(net.values());
            LossCheck.check(what, net, () -> growth.deterministicLoss(net, m, copy), n -> LossCheck.meanSquare(
                    capital.length, i -> E7PublicGrader.residual(m, x -> n.value(x)[0], capital[i])));
            Expect.close(what + ": capital after the call (not to be modified)", copy, capital, 0, 0);
        }
    }

    @Test
    @DisplayName("stochasticLoss of a hand-made logistic network gives the mean squared r and its gradient")
    @Graded(points = 2, category = "stochastic loss and gradient", task = Tasks.STOCHASTIC_LOSS,
            hint = "clear the gradients first; forward at the N n stacked next states (z'_ij, log K'_i) and backward "
                    + "with dL/ds' (which returns dL/dlog K' through the network), then forward and backward at the "
                    + "current states with dL/ds, including dlog K'/ds = Y / K'; every forward pass with training = "
                    + "true; the rule's weights are used as they are")
    void stochasticLossMatchesFiniteDifferences(GrowthModels growth, TestSeed seed) {
        SplittableRandom rng = seed.random();
        GaussHermite[] rules = {Hermite.five(), new GaussHermite(new double[] {0}, new double[] {1}), Hermite.three()};
        for (int c = 0; c < CASES + 2; c++) {
            BrockMirman m = c == 0 ? BrockMirman.defaults() : new BrockMirman(rng.nextDouble(0.2, 0.5),
                    rng.nextDouble(0.85, 0.99), c % 2 == 1 ? 1 : rng.nextDouble(0.05, 1), rng.nextDouble(-0.9, 0.95),
                    rng.nextDouble(0.01, 0.2));
            GaussHermite rule = c < rules.length ? rules[c] : E7PublicGrader.randomRule(rng);
            int n = c == 1 ? 1 : 2 + rng.nextInt(5);
            double[] z = new double[n];
            double[] logK = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = rng.nextDouble(-0.3, 0.3);
                logK[i] = rng.nextDouble(-2.5, 0.5);
            }
            LogisticNet net = LogisticNet.random(2, 1, SCALE, rng);
            double[] zc = z.clone();
            double[] kc = logK.clone();
            String what = "model " + m + ", z " + Arrays.toString(z) + ", log K " + Arrays.toString(logK)
                    + ", rule nodes " + Arrays.toString(rule.nodes()) + " weights " + Arrays.toString(rule.weights())
                    + ", s = logistic(a z + b log K + c), (a, b, c) = " + Arrays.toString(net.values());
            LossCheck.check(what, net, () -> growth.stochasticLoss(net, m, rule, zc, kc), p -> LossCheck.meanSquare(
                    n, i -> E7PublicGrader.stochastic(m, (a, b) -> p.value(a, b)[0], rule, z[i], logK[i])));
            Expect.close(what + ": z after the call", zc, z, 0, 0);
            Expect.close(what + ": log K after the call", kc, logK, 0, 0);
        }
    }

    @Test
    @DisplayName("neoclassicalLoss of a hand-made logistic network gives the mean squared R and its gradient")
    @Graded(points = 2, category = "neoclassical loss and gradient", task = Tasks.NEOCLASSICAL_LOSS,
            hint = "clear the gradients first; R = beta M G' - 1 with M = (c'/c)^(-gamma): M depends on c (through "
                    + "phi), on phi' and on k' (through c'), G' on k'; forward and backward at k' first, then at k; "
                    + "every forward pass with training = true")
    void neoclassicalLossMatchesFiniteDifferences(GrowthModels growth, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < CASES + 2; c++) {
            Neoclassical m = c == 0 ? Neoclassical.defaults() : new Neoclassical(rng.nextDouble(0.2, 0.5),
                    rng.nextDouble(0.9, 0.99), c % 2 == 1 ? 1 : rng.nextDouble(0.5, 5),
                    c == 3 ? 1 : rng.nextDouble(0.05, 1));
            double[] capital = new double[c == 1 ? 1 : 2 + rng.nextInt(7)];
            for (int i = 0; i < capital.length; i++) {
                capital[i] = m.steadyStateCapital() * rng.nextDouble(0.5, 1.5);
            }
            double kStar = m.steadyStateCapital();
            LogisticNet net = new LogisticNet(1, 1, rng.nextDouble(-SCALE, SCALE) / kStar,
                    Math.log(m.steadyStateInvestmentShare() / (1 - m.steadyStateInvestmentShare()))
                            + rng.nextDouble(-SCALE, SCALE));
            double[] copy = capital.clone();
            String what = "model " + m + ", k " + Arrays.toString(capital) + ", phi(k) = logistic(a k + b), (a, b) = "
                    + Arrays.toString(net.values());
            LossCheck.check(what, net, () -> growth.neoclassicalLoss(net, m, copy), n -> LossCheck.meanSquare(
                    capital.length, i -> E7ModelsGrader.neoclassical(m, x -> n.value(x)[0], capital[i])));
            Expect.close(what + ": capital after the call (not to be modified)", copy, capital, 0, 0);
        }
    }

    @Test
    @DisplayName("olgLoss of a hand-made logistic network with N + 1 inputs and N - 1 outputs gives the mean squared "
            + "Euler error and its gradient")
    @Graded(points = 2, category = "OLG loss and gradient", task = Tasks.OLG_LOSS,
            hint = "clear the gradients first; the inputs are (eta, delta, log k_2, ..., log k_N); for each of the "
                    + "four shocks the next state is (eta', delta', log a_1, ..., log a_{N-1}), a_i = s_i x_i; L "
                    + "divides by B (N - 1); the gradient flows through s' and through log a_i "
                    + "(d log a_i / ds_i = 1 / s_i)")
    void olgLossMatchesFiniteDifferences(GrowthModels growth, TestSeed seed) {
        SplittableRandom rng = seed.random();
        int[] cohorts = {6, 2, 3, 4, 6, 5};
        for (int c = 0; c < cohorts.length; c++) {
            int n = cohorts[c];
            Olg m = c == 0 ? Olg.defaults() : E7ModelsGrader.olgCase(n, rng, true).model();
            double[][] states = new double[c == 1 ? 1 : 1 + rng.nextInt(4)][n + 1];
            for (double[] row : states) {
                row[0] = rng.nextBoolean() ? m.etaLow() : m.etaHigh();
                row[1] = rng.nextBoolean() ? m.deltaLow() : rng.nextDouble(0, 1);
                for (int i = 2; i <= n; i++) {
                    row[i] = Math.exp(rng.nextDouble(-5, -0.5));
                }
            }
            LogisticNet net = LogisticNet.random(n + 1, n - 1, SCALE / 2, rng);
            double[][] copy = Arrays.stream(states).map(double[]::clone).toArray(double[][]::new);
            String what = "model " + m + ", states " + Arrays.deepToString(states) + ", s = logistic(x W + b), "
                    + "(W, b) = " + Arrays.toString(net.values());
            LossCheck.check(what, net, () -> growth.olgLoss(net, m, copy), p -> olgOracle(m, p, states));
            Expect.that(what + ": states after the call (not to be modified)", Arrays.deepEquals(copy, states),
                    Arrays.deepToString(states), Arrays.deepToString(copy));
        }
    }

    /** (1 / (B (N - 1))) sum of the squared errors of the sheet, the policy the network on (eta, delta, log k). */
    private static double olgOracle(Olg m, LogisticNet net, double[][] states) {
        int n = m.cohorts();
        double sum = 0;
        for (double[] row : states) {
            double[] k = Arrays.copyOfRange(row, 2, n + 1);
            double[] e = E7ModelsGrader.olg(m, (eta, delta, kk) -> {
                double[] x = new double[n + 1];
                x[0] = eta;
                x[1] = delta;
                for (int i = 0; i < n - 1; i++) {
                    x[2 + i] = Math.log(kk[i]);
                }
                return net.value(x);
            }, row[0], row[1], k);
            for (double v : e) {
                sum += v * v;
            }
        }
        return sum / (states.length * (n - 1));
    }
}
