package dlecon.graders.e6;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.Exercise;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e6.GenzFamily;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Property;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E6 grader: the six functions at random points, parameters and dimensions. */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.HIDDEN)
class E6FormulaGrader {

    /**
     * A value is d + 2 roundings and one exp/cos/pow: the largest exponent, f4's sum c_i^2 (x_i - w_i)^2 &lt;= 5 * 64,
     * carries 5 eps * 320 = 2e-13 absolute error, i.e. that relative error of exp; 1e-12 leaves a factor 5.
     */
    private static final double VALUE_REL = 1e-12;
    /**
     * f1's argument 2 pi w_1 + sum c_i x_i &lt; 47 carries up to 7 roundings of half an ulp of 64 (7e-15): 5e-14
     * absolute error of cos near its zeros; 1e-13 leaves a factor 2.
     */
    private static final double VALUE_ABS = 1e-13;
    private static final int VALUE_EXAMPLES = 300;
    /** c_i up to 8: f2 up to 8^10 and f4's exponent up to 320 (see VALUE_REL). */
    private static final double C_MAX = 8;

    /** One random case: family, dimension, and the seed of c, w and x. */
    record PointCase(GenzFamily family, int d, long seed) {
    }

    @Test
    @DisplayName("each Genz function equals its formula at random points, parameters and dimensions 1 to 5")
    @Graded(points = 3, category = "Genz function values", task = Tasks.VALUES,
            hint = "GenzFamily lists the six formulas: f1 uses only w_1; f3 has the exponent -(d + 1); f6 looks at "
                    + "x_1 and x_2 only")
    void valuesAtRandomPoints(GenzFactory genz, TestSeed seed) {
        Property.forAll(seed.value(), VALUE_EXAMPLES, integers().between(0, 5).zip(integers().between(1, 5),
                longs().all(), (j, d, s) -> new PointCase(GenzFamily.values()[j], d, s)), k -> {
                    SplittableRandom rng = new SplittableRandom(k.seed());
                    int d = k.d();
                    double[] c = new double[d];
                    double[] w = new double[d];
                    double[] x = new double[d];
                    for (int i = 0; i < d; i++) {
                        // one c_i in 8 is exactly 0 (f2 is then 0, and that coordinate drops out of the others)
                        c[i] = rng.nextInt(8) == 0 ? 0 : C_MAX * rng.nextDouble();
                        w[i] = rng.nextDouble();
                        x[i] = rng.nextDouble();
                    }
                    double expected = GenzFormulas.value(k.family(), c, w, x);
                    double actual = genz.create(k.family(), c, w).value(x.clone());
                    Expect.close(k.family() + " with c = " + Arrays.toString(c) + ", w = " + Arrays.toString(w)
                            + " at x = " + Arrays.toString(x), actual, expected, VALUE_REL, VALUE_ABS);
                });
    }
}
