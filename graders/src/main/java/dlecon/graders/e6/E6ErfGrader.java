package dlecon.graders.e6;

import dlecon.api.Exercise;
import dlecon.api.e6.GenzFactory;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Visibility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E6 graders of the error function: tabulated values and its edges. */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.PUBLIC)
class E6ErfGrader {

    /**
     * The API promises erf to about 1e-15 absolutely; the tabulated values are good to half an ulp, so 2e-15 leaves
     * the promise plus about 4 ulps of 1 (where erf is near 1).
     */
    private static final double ERF_ABS = 2e-15;
    /** erf'(0) = 2 / sqrt(pi): erf(x) = x erf'(0) to rounding for |x| below 1e-8 (the next term is x^3 / 3). */
    private static final double SLOPE_AT_ZERO = 2 / Math.sqrt(Math.PI);
    /**
     * erf(x) for |x| <= 1e-8 against x erf'(0): the dropped x^3 / 3 term is below 1e-16 relative, the product and a
     * correct series round to a few ulps (4.4e-16); 1e-15 leaves a factor 2 and still fails a wrong slope.
     */
    private static final double TINY_REL = 1e-15;
    /** erf at 1.5 and around 2.5, 6 (where a method may switch), 3.5, 4, 5.9 and 6.5, to 16 digits. */
    private static final double[][] SWITCHES = {{1.5, 0.9661051464753107}, {Math.nextDown(2.5), 0.999593047982555},
        {2.5, 0.999593047982555}, {Math.nextUp(2.5), 0.999593047982555}, {3.5, 0.9999992569016277},
        {4, 0.9999999845827421}, {5.9, 1}, {6, 1}, {Math.nextUp(6.0), 1}, {6.5, 1}};

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
        Expect.close("erf(1e-300)", genz.erf(1e-300), SLOPE_AT_ZERO * 1e-300, TINY_REL, 0);
        Expect.close("erf(1e-8)", genz.erf(1e-8), SLOPE_AT_ZERO * 1e-8, TINY_REL, 0);
        for (double[] row : SWITCHES) {
            Expect.close("erf(" + row[0] + ")", genz.erf(row[0]), row[1], 0, ERF_ABS);
            Expect.close("erf(" + -row[0] + ")", genz.erf(-row[0]), -row[1], 0, ERF_ABS);
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
}
