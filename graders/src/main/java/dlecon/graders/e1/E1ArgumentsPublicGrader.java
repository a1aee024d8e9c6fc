package dlecon.graders.e1;

import dlecon.api.Exercise;
import dlecon.api.e1.GradientDescent;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E1 grader of the argument checks: every documented bad argument throws IllegalArgumentException. */
@GraderSuite(exercise = Exercise.E1, visibility = Visibility.PUBLIC)
class E1ArgumentsPublicGrader {

    /** Values that are not finite. */
    private static final double[] NOT_FINITE = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    /** Step sizes that are not finite and > 0 (-0.5 and 0 sit next to the bound). */
    private static final double[] BAD_STEPS = {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY};
    /** Tolerances and decays that are not finite and >= 0. */
    private static final double[] BAD_TOLERANCES = {-0.5, -1e-300, Double.NaN, Double.POSITIVE_INFINITY};

    /** A call of one method with one argument changed. */
    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    /** A regression method with its data arguments. */
    @FunctionalInterface
    private interface Regression {
        void run(double[] x, double[] y, double theta0, double theta1, double eta);
    }

    @Test
    @DisplayName("every documented bad argument of the five methods throws IllegalArgumentException, and the "
            + "boundary values that are allowed do not")
    @Graded(points = 2, category = "argument checks", task = Tasks.ARGUMENTS,
            hint = "see the @throws of each method in dlecon.api.e1.GradientDescent: null, NaN and infinite values, "
                    + "eta <= 0, tol, gradTol or decay < 0, maxSteps or epochs < 0, unequal or empty data, "
                    + "batchSize outside [1, m], a null rng; tol = 0, maxSteps = 0 and epochs = 0 are allowed")
    void badArgumentsThrow(GradientDescent gd, Credit credit) {
        DoubleUnaryOperator f = x -> 2 * x;
        scalar(credit, "descend", (d, x0, eta, tol, max) -> gd.descend(d, x0, eta, tol, max));
        scalar(credit, "descendDecaying", (d, x0, eta, tol, max) -> gd.descendDecaying(d, x0, eta, 0.5, tol, max));
        for (double d : BAD_TOLERANCES) {
            rejects(credit, "descendDecaying with decay = " + d, () -> gd.descendDecaying(f, 1, 0.1, d, 1e-6, 10));
        }
        accepts(credit, "descendDecaying with decay = 0 and a negative x0", () -> gd.descendDecaying(f, -1, 0.1, 0,
                1e-6, 10));
        regression(credit, "batchRegression", (x, y, t0, t1, eta) -> gd.batchRegression(x, y, t0, t1, eta, 0, 5));
        for (double tol : BAD_TOLERANCES) {
            rejects(credit, "batchRegression with gradTol = " + tol, () -> gd.batchRegression(xs(), ys(), 0, 0, 0.1,
                    tol, 5));
        }
        rejects(credit, "batchRegression with maxSteps = -1", () -> gd.batchRegression(xs(), ys(), 0, 0, 0.1, 0, -1));
        accepts(credit, "batchRegression with gradTol = 0 and maxSteps = 0", () -> gd.batchRegression(xs(), ys(), 0,
                0, 0.1, 0, 0));
        regression(credit, "stochasticRegression", (x, y, t0, t1, eta) -> gd.stochasticRegression(x, y, t0, t1, eta,
                2, new SplittableRandom(1)));
        rejects(credit, "stochasticRegression with epochs = -1", () -> gd.stochasticRegression(xs(), ys(), 0, 0, 0.1,
                -1, new SplittableRandom(1)));
        rejects(credit, "stochasticRegression with rng = null", () -> gd.stochasticRegression(xs(), ys(), 0, 0, 0.1,
                2, null));
        accepts(credit, "stochasticRegression with epochs = 0", () -> gd.stochasticRegression(xs(), ys(), 0, 0, 0.1,
                0, new SplittableRandom(1)));
        regression(credit, "miniBatchRegression", (x, y, t0, t1, eta) -> gd.miniBatchRegression(x, y, t0, t1, eta,
                1, 2, new SplittableRandom(1)));
        for (int b : new int[] {0, -1, 4}) {
            rejects(credit, "miniBatchRegression with batchSize = " + b + " for m = 3", () -> gd.miniBatchRegression(
                    xs(), ys(), 0, 0, 0.1, b, 2, new SplittableRandom(1)));
        }
        rejects(credit, "miniBatchRegression with epochs = -1", () -> gd.miniBatchRegression(xs(), ys(), 0, 0, 0.1, 2,
                -1, new SplittableRandom(1)));
        rejects(credit, "miniBatchRegression with rng = null", () -> gd.miniBatchRegression(xs(), ys(), 0, 0, 0.1, 2,
                2, null));
        for (int b = 1; b <= 3; b++) {
            int size = b;
            accepts(credit, "miniBatchRegression with batchSize = " + b + " of m = 3 and epochs = 0 or 1", () -> {
                gd.miniBatchRegression(xs(), ys(), 0, 0, 0.1, size, 0, new SplittableRandom(1));
                gd.miniBatchRegression(xs(), ys(), 0, 0, 0.1, size, 1, new SplittableRandom(1));
            });
        }
    }

    /** A 1-D method: derivative, x0, eta, tol, maxSteps. */
    @FunctionalInterface
    private interface Scalar {
        void run(DoubleUnaryOperator derivative, double x0, double eta, double tol, int maxSteps);
    }

    private static void scalar(Credit credit, String name, Scalar m) {
        DoubleUnaryOperator f = x -> 2 * x;
        rejects(credit, name + " with derivative = null", () -> m.run(null, 1, 0.1, 1e-6, 10));
        for (double v : NOT_FINITE) {
            rejects(credit, name + " with x0 = " + v, () -> m.run(f, v, 0.1, 1e-6, 10));
        }
        for (double eta : BAD_STEPS) {
            rejects(credit, name + " with eta = " + eta, () -> m.run(f, 1, eta, 1e-6, 10));
        }
        for (double tol : BAD_TOLERANCES) {
            rejects(credit, name + " with tol = " + tol, () -> m.run(f, 1, 0.1, tol, 10));
        }
        rejects(credit, name + " with maxSteps = -1", () -> m.run(f, 1, 0.1, 1e-6, -1));
        accepts(credit, name + " with x0 = -3, tol = 0 and maxSteps = 0 or 5", () -> {
            m.run(f, -3, 0.1, 0, 0);
            m.run(f, -3, 0.1, 0, 5);
        });
    }

    private static void regression(Credit credit, String name, Regression m) {
        rejects(credit, name + " with x = null", () -> m.run(null, ys(), 0, 0, 0.1));
        rejects(credit, name + " with y = null", () -> m.run(xs(), null, 0, 0, 0.1));
        rejects(credit, name + " with 3 inputs and 2 targets", () -> m.run(xs(), new double[] {1, 2}, 0, 0, 0.1));
        rejects(credit, name + " with 2 inputs and 3 targets", () -> m.run(new double[] {1, 2}, ys(), 0, 0, 0.1));
        rejects(credit, name + " with no points", () -> m.run(new double[0], new double[0], 0, 0, 0.1));
        for (int i = 0; i < 3; i += 2) {
            for (double v : NOT_FINITE) {
                int at = i;
                rejects(credit, name + " with x[" + at + "] = " + v, () -> m.run(with(xs(), at, v), ys(), 0, 0, 0.1));
                rejects(credit, name + " with y[" + at + "] = " + v, () -> m.run(xs(), with(ys(), at, v), 0, 0, 0.1));
            }
        }
        for (double v : NOT_FINITE) {
            rejects(credit, name + " with theta0 = " + v, () -> m.run(xs(), ys(), v, 0, 0.1));
            rejects(credit, name + " with theta1 = " + v, () -> m.run(xs(), ys(), 0, v, 0.1));
        }
        for (double eta : BAD_STEPS) {
            rejects(credit, name + " with eta = " + eta, () -> m.run(xs(), ys(), 0, 0, eta));
        }
        accepts(credit, name + " with one point and a negative start", () -> m.run(new double[] {2},
                new double[] {-1}, -4, -3, 0.1));
    }

    private static void rejects(Credit credit, String what, Call call) {
        credit.check(what, () -> {
            try {
                call.run();
            } catch (IllegalArgumentException expected) {
                return;
            }
            Expect.that(what, false, "IllegalArgumentException", "returned normally");
        });
    }

    private static void accepts(Credit credit, String what, Call call) {
        credit.check(what + " (allowed)", call::run);
    }

    /** Three valid points. */
    private static double[] xs() {
        return new double[] {0.5, 1.5, 2.5};
    }

    /** Their targets. */
    private static double[] ys() {
        return new double[] {1, 2, 2.5};
    }

    private static double[] with(double[] a, int i, double v) {
        a[i] = v;
        return a;
    }
}
