package dlecon.graders.e6;

import dlecon.api.Exercise;
import dlecon.api.e6.GenzFactory;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E6 grader of the error function at random points against a quadrature of its defining integral. */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.HIDDEN)
class E6ErfHiddenGrader {

    /** The API promises erf to about 1e-15 absolutely; the quadrature is good to 2e-16 (see PANELS, TAIL_FROM). */
    private static final double ERF_ABS = 2e-15;
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    /** Panels of the quadrature of e^{-t^2}: width at most 9/64, where the 5-point rule is exact to rounding. */
    private static final int PANELS = 64;
    /** Beyond |x| = 2, erf is 1 minus the tail int_x^{x+9} (the rest is below e^{-121}), which is far smaller. */
    private static final double TAIL_FROM = 2;
    private static final int RANDOM_POINTS = 24;
    /** Ends of the ranges of |x| the random points are drawn from in turn. */
    private static final double[] RANGES = {0, 0.5, 2.5, 4, 6};

    /** erf(x) by composite Gauss-Legendre of its defining integral (the tail form for |x| &gt;= 2). */
    static double oracle(double x) {
        double a = Math.abs(x);
        double r = a < TAIL_FROM ? TWO_OVER_SQRT_PI * Quadrature.integrate(t -> Math.exp(-t * t), 0, a, PANELS)
                : 1 - TWO_OVER_SQRT_PI * Quadrature.integrate(t -> Math.exp(-t * t), a, a + 9, PANELS);
        return x < 0 ? -r : r;
    }

    @Test
    @DisplayName("erf equals 2/sqrt(pi) times the integral of exp(-t^2) at random points in [-6, 6], and is odd")
    @Graded(points = 2, category = "error function", task = Tasks.ERF,
            hint = "erf must be accurate to about 1e-15 for every x: check both small |x| (series) and large |x| "
                    + "(complement)")
    void erfMatchesIntegral(GenzFactory genz, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int k = 0; k < RANDOM_POINTS; k++) {
            // |x| from each of [0, 0.5), [0.5, 2.5), [2.5, 4), [4, 6) in turn, so every method's range is hit
            double lo = RANGES[k % (RANGES.length - 1)];
            double hi = RANGES[k % (RANGES.length - 1) + 1];
            double x = (lo + (hi - lo) * rng.nextDouble()) * (rng.nextBoolean() ? 1 : -1);
            double e = oracle(x);
            Expect.close("erf(" + x + ")", genz.erf(x), e, 0, ERF_ABS);
            Expect.close("erf(" + -x + ")", genz.erf(-x), -e, 0, ERF_ABS);
        }
    }
}
