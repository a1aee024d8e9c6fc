package dlecon.graders.e6;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

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

/** Hidden E6 graders: the six functions at random points and parameters, and the documented parameter draws. */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.HIDDEN)
class E6FormulaGrader {

    /** A value is at most d + 2 elementary operations and one exp/cos/pow: rounding stays below this. */
    private static final double VALUE_REL = 1e-12;
    /** Absolute floor for values that are 0 or tiny (cos near its zeros, the far tails of f4 and f5). */
    private static final double VALUE_ABS = 1e-14;
    /** Normalising is one sum and one division per entry. */
    private static final double PARAM_REL = 1e-13;

    @Test
    @DisplayName("each Genz function equals its formula at random points, parameters and dimensions 1 to 5")
    @Graded(points = 3, category = "Genz function values",
            hint = "GenzFamily lists the six formulas: f1 uses only w_1; f3 has the exponent -(d + 1); f6 looks at "
                    + "x_1 and x_2 only")
    void valuesAtRandomPoints(GenzFactory genz, TestSeed seed, Credit credit) {
        for (GenzFamily family : GenzFamily.values()) {
            credit.check(family.name(), () -> qt().withFixedSeed(seed.value() + family.ordinal()).withExamples(40)
                    .forAll(integers().between(1, 5), longs().all())
                    .checkAssert((d, s) -> {
                        SplittableRandom rng = new SplittableRandom(s);
                        double[] c = new double[d];
                        double[] w = new double[d];
                        double[] x = new double[d];
                        for (int i = 0; i < d; i++) {
                            c[i] = 0.1 + 4 * rng.nextDouble();
                            w[i] = rng.nextDouble();
                            x[i] = rng.nextDouble();
                        }
                        double expected = GenzFormulas.value(family, c, w, x);
                        double actual = genz.create(family, c, w).value(x.clone());
                        Expect.close(family + " with c = " + java.util.Arrays.toString(c) + ", w = "
                                + java.util.Arrays.toString(w) + " at " + java.util.Arrays.toString(x), actual,
                                expected, VALUE_REL, VALUE_ABS);
                    }));
        }
    }

    @Test
    @DisplayName("drawParameters draws c_1..c_d, then w_1..w_d with rng.nextDouble(), and normalises them")
    @Graded(points = 2, category = "random Genz parameters",
            hint = "all d values of c first, then all d values of w, each rng.nextDouble(), then normalise(family, "
                    + "...): c sums to b_j(d) and w to 1")
    void drawParametersOrder(GenzFactory genz, TestSeed seed, Credit credit) {
        SplittableRandom pick = seed.random();
        for (GenzFamily family : GenzFamily.values()) {
            int d = 1 + pick.nextInt(5);
            long s = pick.nextLong();
            credit.check(family + ", d = " + d, () -> {
                GenzParameters p = genz.drawParameters(family, d, new SplittableRandom(s));
                SplittableRandom replay = new SplittableRandom(s);
                double[] c = new double[d];
                double[] w = new double[d];
                double sc = 0;
                double sw = 0;
                for (int i = 0; i < d; i++) {
                    c[i] = replay.nextDouble();
                    sc += c[i];
                }
                for (int i = 0; i < d; i++) {
                    w[i] = replay.nextDouble();
                    sw += w[i];
                }
                Expect.that("dimension", p.dimension() == d, Integer.toString(d), Integer.toString(p.dimension()));
                for (int i = 0; i < d; i++) {
                    Expect.close("c_" + (i + 1), p.c(i), c[i] * family.difficulty(d) / sc, PARAM_REL, 0);
                    Expect.close("w_" + (i + 1), p.w(i), w[i] / sw, PARAM_REL, 0);
                }
            });
        }
    }
}
