package dlecon.graders.e6;

import dlecon.api.Exercise;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzFunction;
import dlecon.api.e6.GenzParameters;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E6 graders: the six functions at known and edge points, and integrals that factor. */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.PUBLIC)
class E6PublicGrader {

    /** The course's bound for the values of section 6 (course-spec section 8): d + 2 roundings and one exp/cos/pow. */
    private static final double VALUE_REL = 1e-12;
    /** Closed forms are a few atan/erf/expm1/sin terms per dimension; products of 3 of them stay within this. */
    private static final double INTEGRAL_REL = 1e-12;
    /** f1's integral in d = 1 can vanish; its terms are of order 1, so this is the API's absolute bound. */
    private static final double INTEGRAL_ABS = 1e-14;

    private static final double[] C = {1.15261658, 2.55983758};
    private static final double[] W = {0.46304554, 0.63407911};
    private static final double[] C3 = {1.15261658, 2.55983758, 0.7};
    private static final double[] W3 = {0.46304554, 0.63407911, 0.2};

    @Test
    @DisplayName("the six Genz functions take the course's values at (.25, .75) and (.1, .2)")
    @Graded(points = 2, category = "Genz function values", task = Tasks.VALUES,
            hint = "GenzFamily lists the six formulas; f1 uses only w_1; f6 is 0 when x_1 > w_1 or x_2 > w_2")
    void valuesAtKnownPoints(GenzFactory genz, Credit credit) {
        double[] at = {0.25, 0.75};
        double[] expected = {0.394059460686278, 7.54597838689742, 0.0302889201895925, 0.862126340157122,
            0.581410359843352, 0};
        for (GenzFamily f : GenzFamily.values()) {
            credit.check(f.name(), () -> {
                double v = genz.create(f, C, W).value(at);
                if (expected[f.ordinal()] == 0) {
                    Expect.exactly(f + " at (.25, .75)", v, 0);
                } else {
                    Expect.close(f + " at (.25, .75)", v, expected[f.ordinal()], VALUE_REL, 0);
                }
                if (f == GenzFamily.DISCONTINUOUS) {
                    Expect.close(f + " at (.1, .2)", genz.create(f, C, W).value(new double[] {.1, .2}),
                            1.87241524805676, VALUE_REL, 0);
                }
                if (f == GenzFamily.OSCILLATORY) {
                    Expect.close(f + " at (.1, .2)", genz.create(f, C, W).value(new double[] {.1, .2}),
                            -0.922982151150911, VALUE_REL, 0);
                }
            });
        }
    }

    /** value of f_j(C3, W3) at x. */
    private static double at(GenzFactory genz, GenzFamily f, double... x) {
        return genz.create(f, C3, W3).value(x);
    }

    @Test
    @DisplayName("the functions at the edges in d = 3 and d = 1: x = w (f5's kink, f6's threshold), x = 0, x = 1, "
            + "c_k = 0, and values, family, dimension and parameters")
    @Graded(points = 1, category = "Genz function values", task = Tasks.VALUES,
            hint = "f5 uses |x_i - w_i| (symmetric about w_i); f6 is 0 only when x_1 > w_1 or x_2 > w_2 (strictly, "
                    + "and only x_1 when d = 1), whatever x_3; f3 at x = 1 is (1 + sum c)^-(d+1)")
    void valuesAtEdges(GenzFactory genz) {
        double sumC = C3[0] + C3[1] + C3[2];
        Expect.close("f4 at x = w", at(genz, GenzFamily.GAUSSIAN, W3), 1, VALUE_REL, 0);
        Expect.close("f5 at x = w", at(genz, GenzFamily.CONTINUOUS, W3), 1, VALUE_REL, 0);
        Expect.close("f2 at x = w (prod c_i^2)", at(genz, GenzFamily.PRODUCT_PEAK, W3),
                C3[0] * C3[0] * C3[1] * C3[1] * C3[2] * C3[2], VALUE_REL, 0);
        for (int i = 0; i < 3; i++) {
            for (double step : new double[] {-0.125, 0.125}) {
                double[] x = W3.clone();
                x[i] += step;
                Expect.close("f5 at x = w + (" + step + ") e_" + (i + 1) + ", x = " + Arrays.toString(x),
                        at(genz, GenzFamily.CONTINUOUS, x), Math.exp(-C3[i] * 0.125), VALUE_REL, 0);
            }
        }
        Expect.close("f6 at x = (w_1, w_2, 1) (on the threshold, x_3 > w_3 does not matter)",
                at(genz, GenzFamily.DISCONTINUOUS, W3[0], W3[1], 1),
                Math.exp(C3[0] * W3[0] + C3[1] * W3[1] + C3[2]), VALUE_REL, 0);
        Expect.exactly("f6 at x = (nextUp(w_1), w_2, 0)",
                at(genz, GenzFamily.DISCONTINUOUS, Math.nextUp(W3[0]), W3[1], 0), 0);
        Expect.exactly("f6 at x = (w_1, nextUp(w_2), 0)",
                at(genz, GenzFamily.DISCONTINUOUS, W3[0], Math.nextUp(W3[1]), 0), 0);
        Expect.exactly("f6 at x = (1, 1, 1)", at(genz, GenzFamily.DISCONTINUOUS, 1, 1, 1), 0);
        Expect.close("f6 with w = (1, 1, 0.5) at x = (1, 1, 1)", genz.create(GenzFamily.DISCONTINUOUS, C3,
                new double[] {1, 1, 0.5}).value(new double[] {1, 1, 1}), Math.exp(sumC), VALUE_REL, 0);
        GenzFunction f6 = genz.create(GenzFamily.DISCONTINUOUS, new double[] {2}, new double[] {0.3});
        Expect.close("f6 in d = 1 (c = 2, w = 0.3) at x = 0.3", f6.value(new double[] {0.3}), Math.exp(0.6),
                VALUE_REL, 0);
        Expect.exactly("f6 in d = 1 (c = 2, w = 0.3) at x = nextUp(0.3)",
                f6.value(new double[] {Math.nextUp(0.3)}), 0);
        Expect.close("f1 at x = 0", at(genz, GenzFamily.OSCILLATORY, 0, 0, 0), Math.cos(2 * Math.PI * W3[0]),
                VALUE_REL, 0);
        Expect.close("f3 at x = 0", at(genz, GenzFamily.CORNER_PEAK, 0, 0, 0), 1, VALUE_REL, 0);
        Expect.close("f6 at x = 0", at(genz, GenzFamily.DISCONTINUOUS, 0, 0, 0), 1, VALUE_REL, 0);
        Expect.close("f3 at x = 1", at(genz, GenzFamily.CORNER_PEAK, 1, 1, 1), Math.pow(1 + sumC, -4), VALUE_REL,
                0);
        Expect.exactly("f2 with c_1 = 0", genz.create(GenzFamily.PRODUCT_PEAK, new double[] {0, 1, 2}, W3)
                .value(new double[] {0.5, 0.5, 0.5}), 0);
        double[][] rows = {W3.clone(), {0, 0, 0}, {1, 1, 1}, {0.25, 0.5, 0.75}};
        for (GenzFamily f : GenzFamily.values()) {
            GenzFunction g = genz.create(f, C3, W3);
            Expect.that(f + ": family()", g.family() == f, f.toString(), String.valueOf(g.family()));
            Expect.that(f + ": dimension()", g.dimension() == 3, "3", Integer.toString(g.dimension()));
            Expect.that(f + ": parameters()", new GenzParameters(C3, W3).equals(g.parameters()),
                    new GenzParameters(C3, W3).toString(), String.valueOf(g.parameters()));
            double[] each = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                each[r] = g.value(rows[r]);
            }
            Expect.close(f + ": values(4 x 3 array) against value of each row", g.values(rows), each, 0, 0);
        }
    }

    @Test
    @DisplayName("closed-form integrals: f1 and f3 in d = 1 by hand, and the product families factor over "
            + "dimensions (random parameters)")
    @Graded(points = 1, category = "Genz closed-form integrals", task = Tasks.INTEGRALS,
            hint = "f1 in d = 1: (sin(2 pi w + c) - sin(2 pi w)) / c; f3 in d = 1: 1 / (1 + c); for f2, f4, f5 "
                    + "and f6 the integral is a product of one-dimensional integrals (f6: a = w_k for k <= 2, a = 1 "
                    + "beyond)")
    void integralsFactor(GenzFactory genz, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (int r = 0; r < 3; r++) {
            double[] c = {0.2 + 3 * rng.nextDouble(), 0.2 + 3 * rng.nextDouble(), 0.2 + 3 * rng.nextDouble()};
            double[] w = {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
            String params = "c = " + Arrays.toString(c) + ", w = " + Arrays.toString(w);
            credit.check("f1 and f3 in d = 1, " + params, () -> {
                double phase = 2 * Math.PI * w[0];
                Expect.close("integral of f1", genz.create(GenzFamily.OSCILLATORY, new double[] {c[0]},
                        new double[] {w[0]}).integral(), (Math.sin(phase + c[0]) - Math.sin(phase)) / c[0],
                        INTEGRAL_REL, INTEGRAL_ABS);
                Expect.close("integral of f3", genz.create(GenzFamily.CORNER_PEAK, new double[] {c[0]},
                        new double[] {w[0]}).integral(), 1 / (1 + c[0]), INTEGRAL_REL, 0);
            });
            for (GenzFamily f : new GenzFamily[] {GenzFamily.PRODUCT_PEAK, GenzFamily.GAUSSIAN,
                GenzFamily.CONTINUOUS, GenzFamily.DISCONTINUOUS}) {
                credit.check(f + " in d = 3, " + params, () -> {
                    double product = 1;
                    for (int k = 0; k < 3; k++) {
                        double a = f == GenzFamily.DISCONTINUOUS && k == 2 ? 1 : w[k];
                        product *= genz.create(f, new double[] {c[k]}, new double[] {a}).integral();
                    }
                    Expect.close("integral in d = 3 vs the product of the three one-dimensional integrals",
                            genz.create(f, c, w).integral(), product, INTEGRAL_REL, 0);
                });
            }
        }
    }
}
