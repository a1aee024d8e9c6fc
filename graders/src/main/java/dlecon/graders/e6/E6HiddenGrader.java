package dlecon.graders.e6;

import dlecon.api.Exercise;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e6.GenzFamily;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E6 graders of the closed-form integrals, against the grader's own {@link IntegralOracle} (one-dimensional
 * quadratures, and 80-digit inclusion-exclusion for f3).
 */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.HIDDEN)
class E6HiddenGrader {

    /**
     * The closed forms are d factors of a few atan/erf/expm1/sin terms each (f3: up to 2^6 terms that cancel by at
     * most a factor 100 for these c), about 1e-14 relative; the oracle is good to about 1e-15. The API promises
     * 1e-12, which also bounds the error of a stable f3 evaluation by quadrature.
     */
    private static final double INTEGRAL_REL = 1e-12;
    /**
     * f1's integral can vanish: the API's absolute bound there (its terms are of order 1). The other integrals are
     * positive products or sums of positive terms (f3), so they are compared relatively however small they are.
     */
    private static final double F1_ABS = 1e-14;
    private static final int MAX_D = 6;
    /**
     * Dimensions where f3's corner sum in double loses 6 digits (d = 9) or 9 (d = 12); d = 16, the API's limit,
     * where it loses all of them, is graded with equal c_k (its 2^16 terms are then 17 distinct ones).
     */
    private static final int[] HIGH_D = {9, 12};
    private static final int MAX_API_D = 16;

    /** The integral of f_j with parameters c and w equals the oracle's. */
    static void checkIntegral(GenzFactory genz, GenzFamily family, double[] c, double[] w) {
        Expect.close(family + " integral, d = " + c.length + ", c = " + Arrays.toString(c) + ", w = "
                + Arrays.toString(w), genz.create(family, c, w).integral(), IntegralOracle.integral(family, c, w),
                INTEGRAL_REL, family == GenzFamily.OSCILLATORY ? F1_ABS : 0);
    }

    @Test
    @DisplayName("the closed-form integrals of all six families at random normalised parameters, d = 1 to 6")
    @Graded(points = 3, category = "Genz closed-form integrals", task = Tasks.INTEGRALS,
            hint = "GenzFunction.integral lists the six closed forms; f1 uses only w_1 in its phase, f3 sums over "
                    + "the 2^d corners and divides by d!, f6 integrates only up to w_1 and w_2")
    void integralsAtRandomParameters(GenzFactory genz, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int d = 1; d <= MAX_D; d++) {
            for (GenzFamily family : GenzFamily.values()) {
                double[] c = new double[d];
                double[] w = new double[d];
                double sc = 0;
                double sw = 0;
                for (int i = 0; i < d; i++) {
                    c[i] = 0.1 + rng.nextDouble();
                    w[i] = 0.1 + rng.nextDouble();
                    sc += c[i];
                    sw += w[i];
                }
                for (int i = 0; i < d; i++) {
                    c[i] *= family.difficulty(d) / sc;
                    w[i] /= sw;
                }
                checkIntegral(genz, family, c, w);
            }
        }
    }

    @Test
    @DisplayName("the integrals where the formulas divide by c_k or cancel: c_k = 0, tiny c_k, and f3 in d = 9, 12 and 16")
    @Graded(points = 2, category = "Genz closed-form integrals", task = Tasks.INTEGRALS,
            hint = "use each factor's limit as c_k -> 0 (e.g. sin(c/2)/(c/2) -> 1, (e^{c a} - 1)/c -> a) and avoid "
                    + "cancellation for small c_k (expm1, a Taylor expansion); f3's corner sum cancels badly for "
                    + "small c_k or large d: evaluate it another, stable way there")
    void integralsWhereTheFormulasCancel(GenzFactory genz, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double[] w = {0.2 + 0.6 * rng.nextDouble(), 0.2 + 0.6 * rng.nextDouble(), 0.2 + 0.6 * rng.nextDouble()};
        for (double small : new double[] {0, 1e-12, 1e-9, 1e-7, 1e-5, 1e-3}) {
            for (GenzFamily family : GenzFamily.values()) {
                checkIntegral(genz, family, new double[] {small, 0.5 + rng.nextDouble(), 1 + rng.nextDouble()}, w);
                checkIntegral(genz, family, new double[] {small}, new double[] {w[0]});
                checkIntegral(genz, family, new double[] {small, small, small}, w);
            }
        }
        for (int d : HIGH_D) {
            double[] c = new double[d];
            double sum = 0;
            for (int k = 0; k < d; k++) {
                c[k] = 0.1 + rng.nextDouble();
                sum += c[k];
            }
            for (int k = 0; k < d; k++) {
                c[k] *= GenzFamily.CORNER_PEAK.difficulty(d) / sum;
            }
            checkIntegral(genz, GenzFamily.CORNER_PEAK, c, new double[d]);
        }
        double[] equal = new double[MAX_API_D];
        Arrays.fill(equal, GenzFamily.CORNER_PEAK.difficulty(equal.length) / equal.length);
        checkIntegral(genz, GenzFamily.CORNER_PEAK, equal, new double[equal.length]);
    }
}
