package dlecon.graders.e1;

import static org.quicktheories.generators.SourceDSL.doubles;

import dlecon.api.Exercise;
import dlecon.api.e1.GradientDescent;
import dlecon.api.e1.LinearFit;
import dlecon.grading.api.Property;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E1 graders: closed-form paths, the stopping rule and the stochastic and mini-batch variants. */
@GraderSuite(exercise = Exercise.E1, visibility = Visibility.HIDDEN)
class E1HiddenGrader {

    /** A few dozen floating-point operations per value: rounding stays far below this. */
    private static final double REL = 1e-12;
    /** A shuffled batch sums the same terms in another order: a few ulps per step over 50 steps. */
    private static final double REORDER_REL = 1e-10;
    /** SGD on noise-free data converges geometrically; 300 epochs bring theta to about 1e-12 of the line. */
    private static final double LINE_ABS = 1e-6;
    /** x_0 q^k by pow against k successive products: about k ulps, and k stays below a few hundred here. */
    private static final double PATH_REL = 1e-9;
    /** Absolute floor for values that cancel to about 0. */
    private static final double TINY = 1e-14;
    /** Random decaying-step problems. */
    private static final int DECAY_EXAMPLES = 100;
    /** Stopping tolerance of the decaying runs: reached after a few to a few dozen updates. */
    private static final double DECAY_TOL = 1e-6;
    /** Bound on the updates of the decaying runs. */
    private static final int DECAY_STEPS = 200;

    @Test
    @DisplayName("fixed-step descent on a quadratic follows x_k = x_0 (1 - 2 a eta)^k and stops by the rule")
    @Graded(points = 2, category = "descent path and stopping rule",
            hint = "descend returns x_0, ..., x_K where the K-th update is the first with |x_K - x_{K-1}| <= tol, "
                    + "or K = maxSteps")
    void quadraticPathAndStopping(GradientDescent gd, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < 5; c++) {
            double a = 0.5 + rng.nextDouble() * 2;
            double eta = 0.05 + rng.nextDouble() * 0.1;
            double x0 = (rng.nextBoolean() ? 1 : -1) * (1 + rng.nextDouble() * 4);
            double tol = 1e-6;
            credit.check("f = a x^2 with a = " + a + ", eta = " + eta + ", x0 = " + x0, () -> {
                double[] path = gd.descend(x -> 2 * a * x, x0, eta, tol, 10_000);
                int k = path.length - 1;
                Expect.that("at least one update", k >= 1, ">= 2 iterates", Integer.toString(path.length));
                Expect.exactly("x_0", path[0], x0);
                double q = 1 - 2 * a * eta;
                for (int i = 1; i <= k; i++) {
                    Expect.close("x_" + i, path[i], x0 * Math.pow(q, i), PATH_REL, TINY);
                }
                Expect.that("last update within tol", Math.abs(path[k] - path[k - 1]) <= tol, "<= " + tol,
                        Double.toString(Math.abs(path[k] - path[k - 1])));
                if (k >= 2) {
                    Expect.that("previous update above tol", Math.abs(path[k - 1] - path[k - 2]) > tol, "> " + tol,
                            Double.toString(Math.abs(path[k - 1] - path[k - 2])));
                }
            });
        }
        credit.check("maxSteps bounds a run that never meets tol", () -> {
            double[] path = gd.descend(x -> 2 * x, 1, 0.01, 0, 7);
            Expect.that("number of iterates", path.length == 8, "8", Integer.toString(path.length));
            Expect.close("x_7", path[7], Math.pow(0.98, 7), REL, 0);
        });
    }

    @Test
    @DisplayName("mini-batch descent with one batch of all m points takes exactly the batch-descent steps")
    @Graded(points = 2, category = "mini-batch linear regression",
            hint = "miniBatchRegression: per batch B, theta -= eta (1/|B|) sum_{i in B} (h_i - y_i)(1, x_i); "
                    + "steps = epochs * ceil(m / batchSize)")
    void fullMiniBatchEqualsBatch(GradientDescent gd, TestSeed seed, Credit credit) {
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
        credit.check("one batch of all points", () -> {
            LinearFit fit = gd.miniBatchRegression(x, y, 0.5, -0.5, eta, m, epochs, new SplittableRandom(seed.derived(1)));
            Expect.close("theta0", fit.theta0(), expected.theta0(), REORDER_REL, TINY);
            Expect.close("theta1", fit.theta1(), expected.theta1(), REORDER_REL, TINY);
            Expect.that("steps", fit.steps() == epochs, Integer.toString(epochs), Long.toString(fit.steps()));
        });
        credit.check("batches of 5 of 12 points give 3 steps per epoch", () -> {
            LinearFit fit = gd.miniBatchRegression(x, y, 0.5, -0.5, eta, 5, 4, new SplittableRandom(seed.derived(2)));
            Expect.that("steps", fit.steps() == 12, "12", Long.toString(fit.steps()));
        });
    }

    @Test
    @DisplayName("one-point SGD makes the per-sample update and recovers a noise-free line")
    @Graded(points = 2, category = "stochastic linear regression",
            hint = "stochasticRegression: after each point, theta -= eta (h_i - y_i)(1, x_i), h_i = theta0 + theta1 x_i; "
                    + "steps = epochs * m")
    void stochasticUpdateAndLine(GradientDescent gd, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        credit.check("single update on a single point", () -> {
            double x = rng.nextDouble() * 3;
            double y = rng.nextGaussian();
            double t0 = rng.nextGaussian();
            double t1 = rng.nextGaussian();
            double eta = 0.05;
            LinearFit fit = gd.stochasticRegression(new double[] {x}, new double[] {y}, t0, t1, eta, 1,
                    new SplittableRandom(seed.derived(3)));
            double e = t0 + t1 * x - y;
            Expect.close("theta0", fit.theta0(), t0 - eta * e, REL, TINY);
            Expect.close("theta1", fit.theta1(), t1 - eta * e * x, REL, TINY);
            Expect.that("steps", fit.steps() == 1, "1", Long.toString(fit.steps()));
        });
        credit.check("noise-free line y = 2 - 3x from 20 points", () -> {
            int m = 20;
            double[] xs = new double[m];
            double[] ys = new double[m];
            for (int i = 0; i < m; i++) {
                xs[i] = rng.nextDouble();
                ys[i] = 2 - 3 * xs[i];
            }
            LinearFit fit = gd.stochasticRegression(xs, ys, 0, 0, 0.2, 300, new SplittableRandom(seed.derived(4)));
            Expect.close("theta0", fit.theta0(), 2, 0, LINE_ABS);
            Expect.close("theta1", fit.theta1(), -3, 0, LINE_ABS);
            Expect.that("steps", fit.steps() == 300L * m, Long.toString(300L * m), Long.toString(fit.steps()));
        });
    }

    @Test
    @DisplayName("decaying-step descent on a x^2 uses eta_{k+1} = eta_k / (1 + k d), and d = 0 gives the fixed-step "
            + "path (QuickTheories)")
    @Graded(points = 2, category = "decaying-step gradient descent",
            hint = "descendDecaying: the update k uses eta_k, and after it eta_{k+1} = eta_k / (1 + k d) with k "
                    + "starting at 0 (so the first two updates both use eta0); same stopping rule as descend")
    void decayingScheduleAndZeroDecay(GradientDescent gd, TestSeed seed) {
        Property.forAll(seed.value(), DECAY_EXAMPLES, doubles().between(0.2, 2).zip(doubles().between(0.01, 0.2),
                doubles().between(0.01, 0.5), doubles().between(0.5, 5), (a, eta, d, x0) -> new double[] {a, eta,
                    d, x0}), c -> {
                    double a = c[0];
                    double eta0 = c[1];
                    double d = c[2];
                    double x0 = c[3];
                    String what = "a = " + a + ", eta0 = " + eta0 + ", d = " + d + ", x0 = " + x0;
                    double[] path = gd.descendDecaying(x -> 2 * a * x, x0, eta0, d, DECAY_TOL, DECAY_STEPS);
                    double[] expected = decayingPath(a, x0, eta0, d);
                    Expect.that(what + ": number of iterates", path.length == expected.length,
                            Integer.toString(expected.length), Integer.toString(path.length));
                    Expect.close(what + ": iterates", path, expected, PATH_REL, TINY);
                    double[] fixed = gd.descend(x -> 2 * a * x, x0, eta0, DECAY_TOL, DECAY_STEPS);
                    double[] noDecay = gd.descendDecaying(x -> 2 * a * x, x0, eta0, 0, DECAY_TOL, DECAY_STEPS);
                    Expect.close(what + ": d = 0 against descend", noDecay, fixed, PATH_REL, TINY);
                });
    }

    /** The decaying path with the stopping rule, as in the API. */
    private static double[] decayingPath(double a, double x0, double eta0, double d) {
        double[] path = new double[DECAY_STEPS + 1];
        path[0] = x0;
        double x = x0;
        double eta = eta0;
        int k = 0;
        while (k < DECAY_STEPS) {
            double next = x - eta * (2 * a * x);
            path[++k] = next;
            if (Math.abs(next - x) <= DECAY_TOL) {
                break;
            }
            x = next;
            eta = eta / (1 + (k - 1) * d);
        }
        return java.util.Arrays.copyOf(path, k + 1);
    }

    /** {@code steps} full-batch updates theta -= eta (1/m) sum (h_i - y_i)(1, x_i). */
    private static LinearFit batchSteps(double[] x, double[] y, double t0, double t1, double eta, int steps) {
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
