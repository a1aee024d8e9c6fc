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
 * Hidden E1 graders of the regressions: the batch stopping rule exactly at its boundary, the fit of one or two epochs
 * of stochastic and mini-batch descent for every possible visiting order (the last batch smaller), and the end of a
 * run at its first non-finite update.
 */
@GraderSuite(exercise = Exercise.E1, visibility = Visibility.HIDDEN)
class E1RegressionHiddenGrader {

    /** Step size of the order cases: every order of the fixed points gives a fit at least 4e-4 from the others. */
    private static final double ORDER_ETA = 0.3;
    /** Start of the order cases. */
    private static final double[] START = {0.5, -0.5};
    /** Runs per order case. */
    private static final int RUNS = 5;
    /** Exact batch cases. */
    private static final int DYADIC_CASES = 10;
    /** A tolerance this factor below the gradient norm is missed by it, even when squares are compared. */
    private static final double BELOW = 1 - 0x1p-20;

    @Test
    @DisplayName("batch regression stops right after the update whose gradient norm equals gradTol (exact data), "
            + "honours maxSteps, and ends at its first non-finite update")
    @Graded(points = 1, category = "batch linear regression", task = Tasks.BATCH,
            hint = "batchRegression: update with g, then stop if ||g|| <= gradTol (<=, not <; the g just used); "
                    + "maxSteps = 0 returns the start; stop at the first update that leaves theta0 or theta1 "
                    + "non-finite and return that fit")
    void batchStoppingRule(GradientDescent gd, TestSeed seed) {
        LinearFit none = gd.batchRegression(new double[] {0.5, 1.25, 2, 3.5}, new double[] {1.1, 1.9, 3.2, 3.9}, 0.3,
                -0.2, 0.1, 0, 0);
        Expect.that("4 points from (0.3, -0.2), maxSteps = 0: the start after 0 steps", none.steps() == 0
                && none.theta0() == 0.3 && none.theta1() == -0.2, "(0.3, -0.2) after 0 steps", "(" + none.theta0()
                + ", " + none.theta1() + ") after " + none.steps() + " steps");
        SplittableRandom rng = seed.random();
        for (int c = 0; c < DYADIC_CASES; c++) {
            ExactLine line = ExactLine.random(rng);
            double[] x = line.x();
            double[] y = line.y();
            int k = rng.nextInt(13);
            double tol = line.gradientNorm(k);
            line.expect("gradTol = ||g_" + k + "|| = " + tol, gd.batchRegression(x, y, line.start()[0],
                    line.start()[1], ExactLine.ETA, tol, 100), k + 1);
            line.expect("gradTol = ||g_" + k + "|| (1 - 2^-20)", gd.batchRegression(x, y, line.start()[0],
                    line.start()[1], ExactLine.ETA, tol * BELOW, 100), k + 2);
            line.expect("gradTol = ||g_" + k + "||, maxSteps = " + k, gd.batchRegression(x, y, line.start()[0],
                    line.start()[1], ExactLine.ETA, tol, k), k);
            line.expect("gradTol = 1e300 (one update)", gd.batchRegression(x, y, line.start()[0],
                    line.start()[1], ExactLine.ETA, 1e300, 100), 1);
            Expect.that(line.what() + ": x and y unchanged", Arrays.equals(x, line.x()) && Arrays.equals(y,
                    line.y()), "the arrays passed in", Arrays.toString(x) + ", " + Arrays.toString(y));
        }
        for (int copies = 1; copies <= 2; copies++) {
            for (Diverging d : Diverging.cases(copies)) {
                d.expect("batchRegression", gd.batchRegression(d.x(), d.y(), d.theta0(), d.theta1(), d.eta(), 0, 10));
            }
        }
    }

    @Test
    @DisplayName("one epoch of one-point SGD on 4 points equals the per-point updates in one of the 24 orders, two "
            + "epochs in one of 24^2, and a run ends at its first non-finite update")
    @Graded(points = 1, category = "stochastic linear regression", task = Tasks.STOCHASTIC,
            hint = "stochasticRegression: every epoch visits each point exactly once; after each point, theta -= eta "
                    + "(h_i - y_i)(1, x_i) with the theta of the previous update; steps = epochs * m; stop at the "
                    + "first update that leaves theta non-finite")
    void stochasticEpochs(GradientDescent gd, TestSeed seed) {
        for (int epochs = 1; epochs <= 2; epochs++) {
            EpochReplay orders = EpochReplay.of(points4x(), points4y(), START[0], START[1], ORDER_ETA, 1, epochs);
            for (int r = 0; r < RUNS; r++) {
                LinearFit fit = gd.stochasticRegression(points4x(), points4y(), START[0], START[1], ORDER_ETA, epochs,
                        new SplittableRandom(seed.derived(10 * epochs + r)));
                expectSomeOrder("stochasticRegression, " + epochs + " epoch(s)", orders, fit, 4L * epochs);
            }
        }
        for (int copies = 1; copies <= 2; copies++) {
            for (Diverging d : Diverging.cases(copies)) {
                d.expect("stochasticRegression, 4 epochs", gd.stochasticRegression(d.x(), d.y(), d.theta0(),
                        d.theta1(), d.eta(), 4, new SplittableRandom(seed.derived(copies))));
            }
        }
    }

    @Test
    @DisplayName("one epoch of mini-batch descent equals consecutive batches of some order of the points, the last "
            + "batch smaller and averaged over its own size (5 points in batches of 2, 4 in batches of 3), and a "
            + "run ends at its first non-finite update")
    @Graded(points = 1, category = "mini-batch linear regression", task = Tasks.MINI_BATCH,
            hint = "miniBatchRegression: cut the shuffled order into consecutive batches, the LAST one holding the "
                    + "m mod batchSize remaining points; theta -= eta (1/|B|) sum_{i in B} (h_i - y_i)(1, x_i) with "
                    + "|B| the batch's own size; stop at the first update that leaves theta non-finite")
    void miniBatchLastBatch(GradientDescent gd, TestSeed seed) {
        double[] x5 = Arrays.copyOf(points4x(), 5);
        double[] y5 = Arrays.copyOf(points4y(), 5);
        x5[4] = 1;
        y5[4] = 1.25;
        EpochReplay fives = EpochReplay.of(x5, y5, START[0], START[1], ORDER_ETA, 2, 1);
        EpochReplay fours = EpochReplay.of(points4x(), points4y(), START[0], START[1], ORDER_ETA, 3, 1);
        for (int r = 0; r < RUNS; r++) {
            LinearFit fit = gd.miniBatchRegression(x5.clone(), y5.clone(), START[0], START[1], ORDER_ETA, 2, 1,
                    new SplittableRandom(seed.derived(r)));
            expectSomeOrder("miniBatchRegression, 5 points in batches of 2, 1 epoch", fives, fit, 3);
            LinearFit three = gd.miniBatchRegression(points4x(), points4y(), START[0], START[1], ORDER_ETA, 3, 1,
                    new SplittableRandom(seed.derived(RUNS + r)));
            expectSomeOrder("miniBatchRegression, 4 points in batches of 3, 1 epoch", fours, three, 2);
        }
        for (int copies = 1; copies <= 2; copies++) {
            for (Diverging d : Diverging.cases(copies)) {
                for (int b = 1; b <= copies; b++) {
                    d.expect("miniBatchRegression, batchSize " + b + ", 3 epochs", gd.miniBatchRegression(d.x(),
                            d.y(), d.theta0(), d.theta1(), d.eta(), b, 3, new SplittableRandom(seed.derived(b))));
                }
            }
        }
    }

    /** Fails unless the fit is one of the candidates (the batches of some visiting order) after {@code steps}. */
    static void expectSomeOrder(String what, EpochReplay orders, LinearFit fit, long steps) {
        int k = orders.find(fit.theta0(), fit.theta1());
        Expect.that(what + ": the fit is that of some visiting order of the points (each point once per epoch)",
                k >= 0, "one of the " + orders.size() + " fits, e.g. " + Arrays.toString(orders.fit(0)) + " for "
                        + orders.label(0), "(" + fit.theta0() + ", " + fit.theta1() + ")");
        Expect.that(what + ": steps", fit.steps() == steps, Long.toString(steps), Long.toString(fit.steps()));
    }

    /** The inputs of the 4-point order cases (no two give commuting updates: x_i x_j != -1). */
    static double[] points4x() {
        return new double[] {-1.25, -0.375, 0.625, 1.75};
    }

    /** The targets of the 4-point order cases. */
    static double[] points4y() {
        return new double[] {2.0, -0.75, 0.5, 2.5};
    }
}
