package dlecon.graders.e1;

import dlecon.api.Exercise;
import dlecon.api.e1.GradientDescent;
import dlecon.api.e1.LinearFit;
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
 * Hidden E1 graders of the visiting order of stochastic and mini-batch descent, read back from the fits of 4 points
 * ({@link EpochReplay}): every epoch is a permutation, uniformly distributed, and drawn afresh for each epoch.
 */
@GraderSuite(exercise = Exercise.E1, visibility = Visibility.HIDDEN)
class E1OrderHiddenGrader {

    /** Step size of the order cases: every order of the fixed points gives a fit at least 4e-4 from the others. */
    private static final double ETA = 0.3;
    /** One-epoch runs of the SGD uniformity check: 400 expected per order of 4 points. */
    private static final int SGD_RUNS = 9600;
    /** One-epoch runs of the mini-batch uniformity check: 400 expected per split of 4 points into 2 batches of 2. */
    private static final int BATCH_RUNS = 2400;
    /**
     * Chi-square critical value with 23 degrees of freedom at probability 1e-9: a uniform shuffle fails with
     * probability 1e-9 (400 expected per cell make the chi-square approximation accurate). The usual wrong shuffle
     * that swaps each position with any position (n^n outcomes onto n! orders) reaches a non-centrality of 286 here
     * and passes with probability below 1e-16; Sattolo's cyclic shuffle or a shortened loop reach thousands.
     */
    static final double CRITICAL_23 = 89.12;
    /** Chi-square critical value with 5 degrees of freedom at probability 1e-9 (the 6 splits of 4 points). */
    static final double CRITICAL_5 = 50.69;
    /** The 4 points as given (never passed to the submission). */
    private static final double[] X = E1RegressionHiddenGrader.points4x();
    /** Their targets as given. */
    private static final double[] Y = E1RegressionHiddenGrader.points4y();
    /** Seeds of the fresh-permutation check: a reused order passes one with probability 1/24, all with 24^-10. */
    private static final int SEEDS = 10;

    @Test
    @DisplayName("the visiting order of an epoch is a permutation of the points, uniformly distributed (chi-square "
            + "over 9600 SGD and 2400 mini-batch epochs of 4 points)")
    @Graded(points = 1.5, category = "shuffling", task = Tasks.VISITING_ORDER,
            hint = "each epoch visits every point exactly once, in a uniformly random order drawn from rng (e.g. "
                    + "Fisher-Yates: for k = m-1 .. 1 swap position k with a position drawn uniformly from 0 .. k, "
                    + "k included; or dlecon.api.data.Preprocessing.permutation); never modify x or y")
    void uniformPermutations(GradientDescent gd, TestSeed seed) {
        double[] x = E1RegressionHiddenGrader.points4x();
        double[] y = E1RegressionHiddenGrader.points4y();
        SplittableRandom rng = seed.random();
        EpochReplay orders = EpochReplay.of(x, y, 0.5, -0.5, ETA, 1, 1);
        int[] counts = new int[orders.size()];
        for (int r = 0; r < SGD_RUNS; r++) {
            LinearFit fit = gd.stochasticRegression(x, y, 0.5, -0.5, ETA, 1, rng);
            counts[identify("stochasticRegression, 1 epoch, run " + r, orders, fit)]++;
            expectUnchanged("stochasticRegression, 1 epoch, run " + r, x, y);
        }
        expectUniform("stochasticRegression: visiting orders of 4 points", orders, counts, CRITICAL_23);
        EpochReplay splits = EpochReplay.of(x, y, 0.5, -0.5, ETA, 2, 1);
        int[] splitCounts = new int[splits.size()];
        for (int r = 0; r < BATCH_RUNS; r++) {
            LinearFit fit = gd.miniBatchRegression(x, y, 0.5, -0.5, ETA, 2, 1, rng);
            splitCounts[identify("miniBatchRegression, batches of 2, 1 epoch, run " + r, splits, fit)]++;
            expectUnchanged("miniBatchRegression, batches of 2, 1 epoch, run " + r, x, y);
        }
        expectUniform("miniBatchRegression: splits of 4 points into 2 batches of 2", splits, splitCounts,
                CRITICAL_5);
    }

    /** Fails unless x and y still hold the 4 points in their order (after every run: a shuffled copy may repeat it). */
    private static void expectUnchanged(String what, double[] x, double[] y) {
        if (!Arrays.equals(x, X) || !Arrays.equals(y, Y)) {
            Expect.that(what + ": x and y unchanged", false, Arrays.toString(X) + ", " + Arrays.toString(Y),
                    Arrays.toString(x) + ", " + Arrays.toString(y));
        }
    }

    @Test
    @DisplayName("each epoch draws a fresh permutation: two epochs give the fit of two one-epoch runs sharing the "
            + "generator")
    @Graded(points = 1.5, category = "shuffling", task = Tasks.VISITING_ORDER,
            hint = "draw a new permutation from rng at the start of EVERY epoch, from the points' given order (not by "
                    + "reshuffling the previous epoch's order, and not once for all epochs)")
    void freshPermutationEachEpoch(GradientDescent gd, TestSeed seed) {
        double[] x = E1RegressionHiddenGrader.points4x();
        double[] y = E1RegressionHiddenGrader.points4y();
        for (int b = 1; b <= 3; b += 2) {
            EpochReplay twice = EpochReplay.of(x, y, 0.5, -0.5, ETA, b, 2);
            long perEpoch = b == 1 ? 4 : 2;
            for (int k = 0; k < SEEDS; k++) {
                long s = seed.derived(k);
                String what = "4 points, batchSize " + b + ", generator seed " + k;
                LinearFit two = run(gd, b, 0.5, -0.5, 2, new SplittableRandom(s));
                SplittableRandom shared = new SplittableRandom(s);
                LinearFit first = run(gd, b, 0.5, -0.5, 1, shared);
                LinearFit second = run(gd, b, first.theta0(), first.theta1(), 1, shared);
                E1RegressionHiddenGrader.expectSomeOrder(what + ", 2 epochs", twice, two, 2 * perEpoch);
                Expect.close(what + ": theta0 of 2 epochs against 2 runs of 1 epoch", two.theta0(), second.theta0(),
                        0, EpochReplay.MATCH);
                Expect.close(what + ": theta1 of 2 epochs against 2 runs of 1 epoch", two.theta1(), second.theta1(),
                        0, EpochReplay.MATCH);
            }
        }
    }

    /** stochasticRegression for batchSize 1, else miniBatchRegression, on the 4 points. */
    private static LinearFit run(GradientDescent gd, int batchSize, double t0, double t1, int epochs,
                                 SplittableRandom rng) {
        double[] x = E1RegressionHiddenGrader.points4x();
        double[] y = E1RegressionHiddenGrader.points4y();
        return batchSize == 1 ? gd.stochasticRegression(x, y, t0, t1, ETA, epochs, rng)
                : gd.miniBatchRegression(x, y, t0, t1, ETA, batchSize, epochs, rng);
    }

    /** The candidate the fit matches; fails when it matches none (the epoch was no permutation of the points). */
    private static int identify(String what, EpochReplay orders, LinearFit fit) {
        int k = orders.find(fit.theta0(), fit.theta1());
        Expect.that(what + ": the fit is that of some visiting order of the 4 points (each point once)", k >= 0,
                "one of the " + orders.size() + " fits, e.g. " + Arrays.toString(orders.fit(0)) + " for "
                        + orders.label(0), "(" + fit.theta0() + ", " + fit.theta1() + ")");
        return k;
    }

    /** Fails when Pearson's chi-square statistic of the counts against equal frequencies exceeds the critical value. */
    private static void expectUniform(String what, EpochReplay orders, int[] counts, double critical) {
        long total = Arrays.stream(counts).sum();
        double expected = (double) total / counts.length;
        double chi2 = 0;
        int rarest = 0;
        int commonest = 0;
        for (int k = 0; k < counts.length; k++) {
            chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
            rarest = counts[k] < counts[rarest] ? k : rarest;
            commonest = counts[k] > counts[commonest] ? k : commonest;
        }
        Expect.that(what + ": chi-square of the counts against uniform (" + expected + " each)", chi2 <= critical,
                "<= " + critical, chi2 + " (" + orders.label(rarest) + " seen " + counts[rarest] + " times, "
                        + orders.label(commonest) + " " + counts[commonest] + " times)");
    }
}
