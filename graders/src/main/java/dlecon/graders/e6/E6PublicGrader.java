package dlecon.graders.e6;

import dlecon.api.Exercise;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E6 graders: the six functions at known points, normalisation and values of erf. */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.PUBLIC)
class E6PublicGrader {

    /** The course's bound for the values of section 6 (course-spec section 8). */
    private static final double VALUE_REL = 1e-12;
    /** Normalised sums add d rescaled terms: a few ulps. */
    private static final double SUM_REL = 1e-13;
    /** The API promises erf to about 1e-15 absolutely; 2e-15 leaves one ulp near 1 to spare. */
    private static final double ERF_ABS = 2e-15;

    private static final double[] C = {1.15261658, 2.55983758};
    private static final double[] W = {0.46304554, 0.63407911};

    @Test
    @DisplayName("the six Genz functions take the course's values at (.25, .75) and (.1, .2)")
    @Graded(points = 3, category = "Genz function values",
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

    @Test
    @DisplayName("normalised parameters satisfy sum c = b_j(d) and sum w = 1 and keep the raw proportions")
    @Graded(points = 2, category = "Genz parameter normalisation",
            hint = "c_i' = c_i b_j(d) / sum c, w_i' = w_i / sum w; b_2(d) = d grows with the dimension")
    void normalisation(GenzFactory genz, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (GenzFamily f : GenzFamily.values()) {
            int d = 1 + rng.nextInt(6);
            double[] c = new double[d];
            double[] w = new double[d];
            for (int i = 0; i < d; i++) {
                c[i] = 0.1 + rng.nextDouble();
                w[i] = 0.1 + rng.nextDouble() * 0.9;
            }
            credit.check(f + ", d = " + d, () -> {
                GenzParameters n = genz.normalise(f, new GenzParameters(c, w));
                double sc = 0;
                double sw = 0;
                double rawC = 0;
                double rawW = 0;
                for (int i = 0; i < d; i++) {
                    sc += n.c(i);
                    sw += n.w(i);
                    rawC += c[i];
                    rawW += w[i];
                }
                Expect.close("sum c", sc, f.difficulty(d), SUM_REL, 0);
                Expect.close("sum w", sw, 1, SUM_REL, 0);
                for (int i = 0; i < d; i++) {
                    Expect.close("c_" + (i + 1), n.c(i), c[i] * f.difficulty(d) / rawC, SUM_REL, 0);
                    Expect.close("w_" + (i + 1), n.w(i), w[i] / rawW, SUM_REL, 0);
                }
            });
        }
    }

    @Test
    @DisplayName("erf takes its tabulated values, is odd and tends to +-1")
    @Graded(points = 2, category = "error function",
            hint = "erf(x) = 2/sqrt(pi) int_0^x exp(-t^2) dt; a series alone loses accuracy for large x: use erfc "
                    + "(a continued fraction or a rational approximation) there")
    void erfValues(GenzFactory genz, Credit credit) {
        double[][] table = {{0, 0}, {0.1, 0.1124629160182849}, {0.5, 0.5204998778130465},
            {1, 0.8427007929497149}, {2, 0.9953222650189527}, {3, 0.9999779095030014}, {5, 0.9999999999984626}};
        for (double[] row : table) {
            credit.check("erf(" + row[0] + ")", () -> {
                Expect.close("erf(" + row[0] + ")", genz.erf(row[0]), row[1], 0, ERF_ABS);
                Expect.close("erf(" + -row[0] + ")", genz.erf(-row[0]), -row[1], 0, ERF_ABS);
            });
        }
        credit.check("limits", () -> {
            Expect.exactly("erf(+infinity)", genz.erf(Double.POSITIVE_INFINITY), 1);
            Expect.exactly("erf(-infinity)", genz.erf(Double.NEGATIVE_INFINITY), -1);
            Expect.close("erf(30)", genz.erf(30), 1, 0, ERF_ABS);
            double nan = genz.erf(Double.NaN);
            Expect.that("erf(NaN)", Double.isNaN(nan), "NaN", Double.toString(nan));
        });
    }
    /** Closed forms are a few atan/erf/expm1/sin terms per dimension; products of d of them stay within this. */
    private static final double INTEGRAL_REL = 1e-12;

    @Test
    @DisplayName("closed-form integrals: f1 and f3 in d = 1 by hand, and the product families factor over "
            + "dimensions (random parameters)")
    @Graded(points = 2, category = "Genz closed-form integrals",
            hint = "f1 in d = 1: (sin(2 pi w + c) - sin(2 pi w)) / c; f3 in d = 1: 1 / (1 + c); for f2, f4, f5 "
                    + "and f6 the integral is a product of one-dimensional integrals (f6: a = w_k for k <= 2, a = 1 "
                    + "beyond)")
    void integralsFactor(GenzFactory genz, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (int r = 0; r < 3; r++) {
            double[] c = {0.2 + 3 * rng.nextDouble(), 0.2 + 3 * rng.nextDouble(), 0.2 + 3 * rng.nextDouble()};
            double[] w = {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
            String params = "c = " + java.util.Arrays.toString(c) + ", w = " + java.util.Arrays.toString(w);
            credit.check("f1 and f3 in d = 1, " + params, () -> {
                double phase = 2 * Math.PI * w[0];
                Expect.close("integral of f1", genz.create(GenzFamily.OSCILLATORY, new double[] {c[0]},
                        new double[] {w[0]}).integral(), (Math.sin(phase + c[0]) - Math.sin(phase)) / c[0],
                        INTEGRAL_REL, 1e-15);
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
