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

/** Public E1 graders of stochastic and mini-batch regression: the per-point update, the step counts, batch = m. */
@GraderSuite(exercise = Exercise.E1, visibility = Visibility.PUBLIC)
class E1RegressionPublicGrader {

    /** A handful of floating-point operations per value: rounding stays far below this. */
    private static final double REL = 1e-12;
    /**
     * A shuffled batch sums the same m terms in another order: a few ulps per step, and 50 contracting steps keep the
     * total near 1e-14 relative; 1e-10 leaves a factor 1e4, while a missing 1/m changes theta at the first step.
     */
    private static final double REORDER_REL = 1e-10;
    /** SGD on noise-free data converges geometrically; 300 epochs bring theta to about 1e-12 of the line. */
    private static final double LINE_ABS = 1e-6;
    /** Absolute floor for values that cancel to about 0. */
    private static final double TINY = 1e-14;
    /** Epochs of the noise-free line. */
    private static final int LINE_EPOCHS = 300;

    @Test
    @DisplayName("one-point SGD makes the per-sample update, recovers a noise-free line and counts epochs * m steps")
    @Graded(points = 1, category = "stochastic linear regression", task = Tasks.STOCHASTIC,
            hint = "stochasticRegression: after each point, theta -= eta (h_i - y_i)(1, x_i) with h_i = theta0 + "
                    + "theta1 x_i computed from the theta of the previous update; steps = epochs * m; x, y unchanged")
    void stochasticUpdateAndLine(GradientDescent gd, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double x = rng.nextDouble() * 3;
        double y = rng.nextGaussian();
        double t0 = rng.nextGaussian();
        double t1 = rng.nextGaussian();
        double eta = 0.05;
        String point = "one point (" + x + ", " + y + ") from theta = (" + t0 + ", " + t1 + "), eta = " + eta;
        LinearFit one = gd.stochasticRegression(new double[] {x}, new double[] {y}, t0, t1, eta, 1,
                new SplittableRandom(seed.derived(3)));
        double e = t0 + t1 * x - y;
        Expect.close(point + ": theta0", one.theta0(), t0 - eta * e, REL, TINY);
        Expect.close(point + ": theta1", one.theta1(), t1 - eta * e * x, REL, TINY);
        Expect.that(point + ": steps", one.steps() == 1, "1", Long.toString(one.steps()));
        LinearFit none = gd.stochasticRegression(new double[] {x}, new double[] {y}, t0, t1, eta, 0,
                new SplittableRandom(seed.derived(4)));
        Expect.exactly("0 epochs: theta0", none.theta0(), t0);
        Expect.exactly("0 epochs: theta1", none.theta1(), t1);
        Expect.that("0 epochs: steps", none.steps() == 0, "0", Long.toString(none.steps()));
        int m = 20;
        double[] xs = new double[m];
        double[] ys = new double[m];
        for (int i = 0; i < m; i++) {
            xs[i] = rng.nextDouble();
            ys[i] = 2 - 3 * xs[i];
        }
        double[] xs0 = xs.clone();
        double[] ys0 = ys.clone();
        LinearFit fit = gd.stochasticRegression(xs, ys, 0, 0, 0.2, LINE_EPOCHS, new SplittableRandom(seed.derived(5)));
        String line = "noise-free line y = 2 - 3x from " + m + " points, " + LINE_EPOCHS + " epochs, eta = 0.2";
        Expect.close(line + ": theta0", fit.theta0(), 2, 0, LINE_ABS);
        Expect.close(line + ": theta1", fit.theta1(), -3, 0, LINE_ABS);
        Expect.that(line + ": steps", fit.steps() == (long) LINE_EPOCHS * m, Long.toString((long) LINE_EPOCHS * m),
                Long.toString(fit.steps()));
        Expect.that(line + ": x and y unchanged", Arrays.equals(xs, xs0) && Arrays.equals(ys, ys0),
                "the arrays passed in", "x = " + Arrays.toString(xs) + ", y = " + Arrays.toString(ys));
    }

    @Test
    @DisplayName("mini-batch descent with one batch of all m points takes exactly the batch-descent steps, and makes "
            + "ceil(m / batchSize) steps per epoch")
    @Graded(points = 1, category = "mini-batch linear regression", task = Tasks.MINI_BATCH,
            hint = "miniBatchRegression: per batch B, theta -= eta (1/|B|) sum_{i in B} (h_i - y_i)(1, x_i); "
                    + "steps = epochs * ceil(m / batchSize), the last batch of an epoch may be smaller")
    void fullMiniBatchEqualsBatch(GradientDescent gd, TestSeed seed) {
        SplittableRandom rng = seed.random();
        int m = 12;
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = rng.nextDouble() * 2;
            y[i] = 1 + 2 * x[i] + rng.nextGaussian() * 0.3;
        }
        int epochs = 50;
        double eta = 0.1;
        LinearFit expected = batchSteps(x, y, 0.5, -0.5, eta, epochs);
        LinearFit fit = gd.miniBatchRegression(x, y, 0.5, -0.5, eta, m, epochs, new SplittableRandom(seed.derived(1)));
        String what = "batchSize = m = " + m + ", " + epochs + " epochs";
        Expect.close(what + ": theta0", fit.theta0(), expected.theta0(), REORDER_REL, TINY);
        Expect.close(what + ": theta1", fit.theta1(), expected.theta1(), REORDER_REL, TINY);
        Expect.that(what + ": steps", fit.steps() == epochs, Integer.toString(epochs), Long.toString(fit.steps()));
        for (int[] c : new int[][] {{5, 4, 12}, {4, 3, 9}, {1, 2, 24}, {11, 1, 2}}) {
            LinearFit f = gd.miniBatchRegression(x, y, 0.5, -0.5, eta, c[0], c[1],
                    new SplittableRandom(seed.derived(2)));
            Expect.that("batchSize " + c[0] + " of " + m + " points, " + c[1] + " epochs: steps", f.steps() == c[2],
                    Integer.toString(c[2]), Long.toString(f.steps()));
        }
    }

    /** {@code steps} full-batch updates theta -= eta (1/m) sum (h_i - y_i)(1, x_i). */
    static LinearFit batchSteps(double[] x, double[] y, double t0, double t1, double eta, int steps) {
        for (int s = 0; s < steps; s++) {
            double g0 = 0;
            double g1 = 0;
            for (int i = 0; i < x.length; i++) {
                double e = t0 + t1 * x[i] - y[i];
                g0 += e;
                g1 += e * x[i];
            }
            t0 -= eta * g0 / x.length;
            t1 -= eta * g1 / x.length;
        }
        return new LinearFit(t0, t1, steps);
    }
}
