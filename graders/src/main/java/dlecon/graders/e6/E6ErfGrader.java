package dlecon.graders.e6;

import dlecon.api.Exercise;
import dlecon.api.e6.GenzFactory;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E6 graders of the error function: tabulated values, its edges, and random points against quadrature. */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.PUBLIC)
class E6ErfGrader {

    /**
     * The API promises erf to about 1e-15 absolutely; the tabulated values and the quadrature below are good to
     * 2e-16, so 2e-15 leaves the promise plus about 4 ulps of 1 (where erf is near 1).
     */
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
    @DisplayName("erf takes its tabulated values at 0.1, 0.5, 1, 2, 3 and 5 and their negatives")
    @Graded(points = 1, category = "error function", task = Tasks.ERF,
            hint = "erf(x) = 2/sqrt(pi) int_0^x exp(-t^2) dt; a series alone loses accuracy for large x: use erfc "
                    + "(a continued fraction or a rational approximation) there")
    void erfValues(GenzFactory genz, Credit credit) {
        double[][] table = {{0.1, 0.1124629160182849}, {0.5, 0.5204998778130465}, {1, 0.8427007929497149},
            {2, 0.9953222650189527}, {3, 0.9999779095030014}, {5, 0.9999999999984626}};
        for (double[] row : table) {
            credit.check("erf(" + row[0] + ")", () -> {
                Expect.close("erf(" + row[0] + ")", genz.erf(row[0]), row[1], 0, ERF_ABS);
                Expect.close("erf(" + -row[0] + ")", genz.erf(-row[0]), -row[1], 0, ERF_ABS);
            });
        }
    }

    @Test
    @DisplayName("erf at its edges: 0, tiny and huge x of both signs, +-infinity, NaN, and where a method may switch")
    @Graded(points = 1, category = "error function", task = Tasks.ERF,
            hint = "erf(0) = 0, erf(x) ~ 2x/sqrt(pi) for tiny x, |erf(x)| <= 1 and erf -> +-1 (exactly at "
                    + "+-infinity), erf(NaN) = NaN, erf(-x) = -erf(x)")
    void erfEdges(GenzFactory genz) {
        Expect.close("erf(0)", genz.erf(0), 0, 0, ERF_ABS);
        Expect.close("erf(1e-300)", genz.erf(1e-300), TWO_OVER_SQRT_PI * 1e-300, 1e-15, 0);
        Expect.close("erf(1e-8)", genz.erf(1e-8), TWO_OVER_SQRT_PI * 1e-8, 1e-15, 0);
        for (double x : new double[] {2.5, Math.nextDown(2.5), Math.nextUp(2.5), 1.5, 3.5, 4, 6, Math.nextUp(6.0),
            5.9, 6.5}) {
            Expect.close("erf(" + x + ")", genz.erf(x), oracle(x), 0, ERF_ABS);
            Expect.close("erf(" + -x + ")", genz.erf(-x), -oracle(x), 0, ERF_ABS);
        }
        for (double x : new double[] {6, 7, 10, 27, 1e10, 1e300, Double.MAX_VALUE}) {
            double y = genz.erf(x);
            double z = genz.erf(-x);
            Expect.that("erf(" + x + ") in [1 - 2e-15, 1]", y <= 1 && y >= 1 - ERF_ABS, "1", Double.toString(y));
            Expect.that("erf(" + -x + ") in [-1, -1 + 2e-15]", z >= -1 && z <= -1 + ERF_ABS, "-1",
                    Double.toString(z));
        }
        Expect.exactly("erf(+infinity)", genz.erf(Double.POSITIVE_INFINITY), 1);
        Expect.exactly("erf(-infinity)", genz.erf(Double.NEGATIVE_INFINITY), -1);
        double nan = genz.erf(Double.NaN);
        Expect.that("erf(NaN)", Double.isNaN(nan), "NaN", Double.toString(nan));
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
