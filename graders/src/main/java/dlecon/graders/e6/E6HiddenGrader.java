package dlecon.graders.e6;

import dlecon.api.Exercise;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzFunction;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E6 graders: closed-form integrals against quadrature, and erf against its defining integral. */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.HIDDEN)
class E6HiddenGrader {

    /**
     * Composite 5-point Gauss-Legendre with 16 panels per piece between breakpoints (panel width <= 1/16, so
     * c h <= 1.3 even for f5's c = 20.4): the quadrature error is below 1e-12 relative for all six families.
     */
    private static final double INTEGRAL_REL = 1e-9;
    /** Integrals that vanish (f1 can be 0) are compared absolutely. */
    private static final double INTEGRAL_ABS = 1e-12;
    /** Quadrature of exp(-t^2) with 40 panels is exact to rounding; the API promises erf to about 1e-15. */
    private static final double ERF_ABS = 1e-14;
    private static final int PANELS = 16;

    @Test
    @DisplayName("the closed-form integrals of all six families equal a quadrature of f over [0,1]^d, d = 1 and 2")
    @Graded(points = 3, category = "Genz closed-form integrals",
            hint = "GenzFunction.integral lists the six closed forms; f4 needs erf, f3 sums over the 2^d corners, "
                    + "f6 integrates only up to w_1 and w_2")
    void integralsMatchQuadrature(GenzFactory genz, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (int d = 1; d <= 2; d++) {
            for (GenzFamily family : GenzFamily.values()) {
                double[] c = new double[d];
                double[] w = new double[d];
                double sc = 0;
                double sw = 0;
                for (int i = 0; i < d; i++) {
                    c[i] = 0.05 + rng.nextDouble();
                    w[i] = 0.05 + rng.nextDouble();
                    sc += c[i];
                    sw += w[i];
                }
                for (int i = 0; i < d; i++) {
                    c[i] *= family.difficulty(d) / sc;
                    w[i] /= sw;
                }
                int dim = d;
                credit.check(family + ", d = " + d, () -> {
                    GenzFunction f = genz.create(family, c, w);
                    double numeric = Quadrature.unitCube(f::value, w, PANELS);
                    Expect.close(family + " integral, d = " + dim + ", c = " + java.util.Arrays.toString(c) + ", w = "
                            + java.util.Arrays.toString(w), f.integral(), numeric, INTEGRAL_REL, INTEGRAL_ABS);
                });
            }
        }
    }

    @Test
    @DisplayName("erf equals 2/sqrt(pi) times the integral of exp(-t^2) at random points in [-6, 6]")
    @Graded(points = 2, category = "error function",
            hint = "erf must be accurate to about 1e-15 for every x: check both small |x| (series) and large |x| "
                    + "(complement)")
    void erfMatchesIntegral(GenzFactory genz, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (int k = 0; k < 12; k++) {
            double x = (k % 3 == 0 ? 0.5 : k % 3 == 1 ? 2.5 : 6) * (2 * rng.nextDouble() - 1);
            credit.check("erf(" + x + ")", () -> {
                double numeric = 2 / Math.sqrt(Math.PI) * Quadrature.integrate(t -> Math.exp(-t * t), 0, x, 40);
                Expect.close("erf(" + x + ")", genz.erf(x), numeric, 0, ERF_ABS);
            });
        }
    }
}
