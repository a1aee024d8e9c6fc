package dlecon.graders.e1;

import static org.quicktheories.generators.SourceDSL.doubles;

import dlecon.api.Exercise;
import dlecon.api.e1.GradientDescent;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Property;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E1 graders of the 1-D descents: closed-form paths, the stopping rule exactly at its boundary, maxSteps, and
 * the end of a run at its first non-finite iterate.
 */
@GraderSuite(exercise = Exercise.E1, visibility = Visibility.HIDDEN)
class E1HiddenGrader {

    /** x_0 q^k by pow against k successive products: about k ulps, and k stays below a few hundred here. */
    private static final double PATH_REL = 1e-9;
    /** Absolute floor for values that cancel to about 0. */
    private static final double TINY = 1e-14;
    /** Random quadratic and decaying-step problems. */
    private static final int EXAMPLES = 100;
    /** Stopping tolerance of the random runs: reached after a few to a few hundred updates. */
    private static final double RANDOM_TOL = 1e-6;
    /** Bound on the updates of the random runs. */
    private static final int RANDOM_STEPS = 2000;
    /** Step size of the exact (dyadic) runs: eta c is then a multiple of 1/4 and every iterate is exact. */
    private static final double DYADIC_ETA = 0.25;
    /** Bound on the updates of the overflowing run: (-2)^k overflows at k = 1024. */
    private static final int OVERFLOW_STEPS = 2000;

    @Test
    @DisplayName("fixed-step descent follows x_k = x_0 (1 - 2 a eta)^k on random quadratics and stops exactly when "
            + "abs(x_{k+1} - x_k) <= tol, after maxSteps, or at its first non-finite iterate")
    @Graded(points = 1, category = "descent path and stopping rule", task = Tasks.FIXED_STEP,
            hint = "descend returns x_0, ..., x_K where the K-th update is the first with |x_K - x_{K-1}| <= tol "
                    + "(<=, not <), the first non-finite iterate (kept), or K = maxSteps (0 allowed)")
    void quadraticPathAndStopping(GradientDescent gd, TestSeed seed) {
        Property.forAll(seed.value(), EXAMPLES, doubles().between(0.5, 2.5).zip(doubles().between(0.02, 0.3),
                doubles().between(-5, 5), (a, eta, x0) -> new double[] {a, eta, x0}), c -> {
                    double a = c[0];
                    double eta = c[1];
                    double x0 = c[2];
                    String what = "f = a x^2 with a = " + a + ", eta = " + eta + ", x0 = " + x0;
                    double[] path = gd.descend(x -> 2 * a * x, x0, eta, RANDOM_TOL, RANDOM_STEPS);
                    double[] expected = StopRule.path(x -> 2 * a * x, x0, k -> eta, RANDOM_TOL, RANDOM_STEPS);
                    Expect.that(what + ": number of iterates", path.length == expected.length,
                            Integer.toString(expected.length), Integer.toString(path.length));
                    for (int i = 0; i < path.length; i++) {
                        Expect.close(what + ": x_" + i, path[i], x0 * Math.pow(1 - 2 * a * eta, i), PATH_REL, TINY);
                    }
                });
        SplittableRandom rng = seed.random();
        for (int c = 0; c < 10; c++) {
            StopRule.Dyadic d = StopRule.dyadic(rng, DYADIC_ETA, new double[] {1, 2, 3, 5, 6, 7}, k -> DYADIC_ETA);
            expectPath(d.what(), gd.descend(d.derivative(), d.x0(), DYADIC_ETA, d.tol(), 100), d.path(), 0, 0);
        }
        expectPath("f'(x) = 2x, x0 = 1, eta = 0.01, tol = 0, maxSteps = 7", gd.descend(x -> 2 * x, 1, 0.01, 0, 7),
                StopRule.path(x -> 2 * x, 1, k -> 0.01, 0, 7), PATH_REL, 0);
        expectPath("maxSteps = 0", gd.descend(x -> 2 * x, 0.75, 0.1, 0, 0), new double[] {0.75}, 0, 0);
        expectPath("x0 = 0, a stationary point, tol = 0", gd.descend(x -> 2 * x, 0, 0.1, 0, 10), new double[] {0, 0},
                0, 0);
        expectDivergence(gd::descend);
    }

    @Test
    @DisplayName("decaying-step descent uses eta_{k+1} = eta_k / (1 + k d) on random quadratics, stops exactly when "
            + "abs(x_{k+1} - x_k) <= tol or at its first non-finite iterate, and d = 0 gives the fixed-step path "
            + "(QuickTheories)")
    @Graded(points = 1, category = "decaying-step gradient descent", task = Tasks.DECAYING_STEP,
            hint = "descendDecaying: the update k uses eta_k, and after it eta_{k+1} = eta_k / (1 + k d) with k "
                    + "starting at 0 (so the first two updates both use eta0); same stopping rules as descend")
    void decayingScheduleAndZeroDecay(GradientDescent gd, TestSeed seed) {
        Property.forAll(seed.value(), EXAMPLES, doubles().between(0.2, 2).zip(doubles().between(0.01, 0.2),
                doubles().between(0.01, 0.5), doubles().between(-5, 5), (a, eta, d, x0) -> new double[] {a, eta,
                    d, x0}), c -> {
                    double a = c[0];
                    double eta0 = c[1];
                    double d = c[2];
                    double x0 = c[3];
                    String what = "a = " + a + ", eta0 = " + eta0 + ", d = " + d + ", x0 = " + x0;
                    double[] path = gd.descendDecaying(x -> 2 * a * x, x0, eta0, d, RANDOM_TOL, RANDOM_STEPS);
                    double[] expected = StopRule.path(x -> 2 * a * x, x0, StopRule.decaying(eta0, d, RANDOM_STEPS),
                            RANDOM_TOL, RANDOM_STEPS);
                    expectPath(what, path, expected, PATH_REL, TINY);
                    double[] fixed = gd.descend(x -> 2 * a * x, x0, eta0, RANDOM_TOL, RANDOM_STEPS);
                    double[] noDecay = gd.descendDecaying(x -> 2 * a * x, x0, eta0, 0, RANDOM_TOL, RANDOM_STEPS);
                    expectPath(what + ": d = 0 against descend", noDecay, fixed, PATH_REL, TINY);
                });
        SplittableRandom rng = seed.random();
        for (int c = 0; c < 10; c++) {
            double d = c % 2 == 0 ? 1 : 3; // 1 + d is a power of 2: the first three steps are exact
            StopRule.Dyadic e = StopRule.dyadic(rng, DYADIC_ETA, new double[] {1, 2, 3}, StopRule.decaying(DYADIC_ETA,
                    d, 100), 3);
            expectPath(e.what() + ", d = " + d, gd.descendDecaying(e.derivative(), e.x0(), DYADIC_ETA, d, e.tol(),
                    100), e.path(), 0, 0);
        }
        expectPath("maxSteps = 0", gd.descendDecaying(x -> 2 * x, -0.75, 0.1, 1, 0, 0), new double[] {-0.75}, 0, 0);
        expectDivergence((f, x0, eta, tol, max) -> gd.descendDecaying(f, x0, eta, 0, tol, max));
        DoubleUnaryOperator partial = x -> x > 3 ? Double.NaN : -1;
        expectPath("f'(x) = -1 for x <= 3, NaN above, x0 = 0, eta0 = 1, d = 0.5", gd.descendDecaying(partial, 0, 1,
                0.5, 0.01, 100), StopRule.path(partial, 0, StopRule.decaying(1, 0.5, 100), 0.01, 100), PATH_REL, 0);
    }

    /** A 1-D descent with a fixed step, as the API's {@code descend}. */
    @FunctionalInterface
    interface Descent {
        double[] run(DoubleUnaryOperator derivative, double x0, double eta, double tol, int maxSteps);
    }

    /** Runs that leave the finite numbers end at their first non-finite iterate, which is kept. */
    private static void expectDivergence(Descent descent) {
        DoubleUnaryOperator twice = x -> 2 * x;
        double[] path = descent.run(twice, 1, 1.5, 0, OVERFLOW_STEPS);
        double[] expected = StopRule.path(twice, 1, k -> 1.5, 0, OVERFLOW_STEPS);
        expectPath("f'(x) = 2x, x0 = 1, eta = 1.5 (x_k = (-2)^k overflows at k = 1024), tol = 0", path, expected, 0,
                0);
        DoubleUnaryOperator partial = x -> x > 3 ? Double.NaN : -1;
        expectPath("f'(x) = -1 for x <= 3, NaN above, x0 = 0, eta = 1, tol = 0.5", descent.run(partial, 0, 1, 0.5,
                100), new double[] {0, 1, 2, 3, 4, Double.NaN}, 0, 0);
    }

    /**
     * Fails unless {@code path} has the expected length and entries; a non-finite expected entry must be matched by a
     * non-finite one (NaN or an infinity of the same sign).
     */
    static void expectPath(String what, double[] path, double[] expected, double rel, double abs) {
        Expect.that(what + ": number of iterates", path != null && path.length == expected.length,
                expected.length + " iterates: " + summary(expected), path == null ? "null" : path.length
                        + " iterates: " + summary(path));
        for (int i = 0; i < expected.length; i++) {
            if (Double.isFinite(expected[i])) {
                Expect.close(what + ": x_" + i, path[i], expected[i], rel, abs);
            } else {
                Expect.that(what + ": x_" + i, Double.isNaN(expected[i]) ? Double.isNaN(path[i])
                        : path[i] == expected[i], Double.toString(expected[i]), Double.toString(path[i]));
            }
        }
    }

    /** The first and last few entries of a path. */
    private static String summary(double[] p) {
        if (p.length <= 8) {
            return Arrays.toString(p);
        }
        return Arrays.toString(Arrays.copyOf(p, 4)) + " ... " + Arrays.toString(Arrays.copyOfRange(p, p.length - 3,
                p.length));
    }
}
