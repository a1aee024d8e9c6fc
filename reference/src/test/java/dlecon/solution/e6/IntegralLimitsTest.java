package dlecon.solution.e6;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;
import dlecon.testing.Close;
import org.junit.jupiter.api.Test;

/**
 * Integrals at and near c_k = 0 (the limits of the formulas that divide by c_k), and the corner peak in high
 * dimension, where inclusion-exclusion cancels, against 60-digit values.
 */
class IntegralLimitsTest {

    /** Closed forms of a few flops each: rounding only. */
    private static final double LIMIT_TOL = 1e-13;

    /** Relative change allowed between c = 0.999e-8 and 1.001e-8 (see the comment at its use). */
    private static final double SWITCH_TOL = 1e-9;

    private final GenzSolution genz = new GenzSolution();

    private double integral(GenzFamily family, double[] c, double[] w) {
        return genz.create(family, c, w).integral();
    }

    @Test
    void exactlyZeroC() {
        double[] c = {0, 0, 0};
        double[] w = {.3, .6, .2};
        Close.assertRelative("f1", integral(GenzFamily.OSCILLATORY, c, w), Math.cos(2 * Math.PI * .3), LIMIT_TOL);
        assertThat(integral(GenzFamily.PRODUCT_PEAK, c, w)).isZero();
        Close.assertRelative("f3", integral(GenzFamily.CORNER_PEAK, c, w), 1, LIMIT_TOL);
        Close.assertRelative("f4", integral(GenzFamily.GAUSSIAN, c, w), 1, LIMIT_TOL);
        Close.assertRelative("f5", integral(GenzFamily.CONTINUOUS, c, w), 1, LIMIT_TOL);
        Close.assertRelative("f6", integral(GenzFamily.DISCONTINUOUS, c, w), .3 * .6, LIMIT_TOL);
        Close.assertRelative("f6, d = 1", integral(GenzFamily.DISCONTINUOUS, new double[] {0}, new double[] {.3}),
                .3, LIMIT_TOL);
    }

    @Test
    void continuousForSmallC() {
        // the integrals are continuous for small c (no branch may jump there): compare c just below and above 1e-8
        double[] w = {.3, .8};
        for (GenzFamily family : GenzFamily.values()) {
            if (family == GenzFamily.PRODUCT_PEAK) {
                continue; // relatively this one changes by 4e-3: its integral is c_k^2 (1 + O(c_k^2)), checked at c = 0 above
            }
            double below = integral(family, new double[] {0.999e-8, 1}, w);
            double above = integral(family, new double[] {1.001e-8, 1}, w);
            double scale = Math.max(1e-300, Math.abs(below));
            // the true change for dc = 2e-11 is below 1e-10; a wrong order-c Taylor term would jump by ~1e-8
            assertThat(Math.abs(below - above) / scale).as(family.toString()).isLessThan(SWITCH_TOL);
        }
    }

    @Test
    void cornerPeakWithOneTinyC() {
        // 60-digit inclusion-exclusion (mpmath) of c = (1e-6, 0.5, 1.2): the double formula would lose ~6 digits
        Close.assertRelative("f3 integral", integral(GenzFamily.CORNER_PEAK, new double[] {1e-6, .5, 1.2},
                new double[] {.2, .3, .5}), 0.13503264887835238561, LIMIT_TOL);
    }

    @Test
    void cornerPeakInHighDimension() {
        double[] c10 = new double[10];
        for (int k = 0; k < 10; k++) {
            c10[k] = 0.03 * (k + 1);
        }
        double[] c16 = new double[16];
        java.util.Arrays.fill(c16, 1.85 / 16);
        Close.assertRelative("f3 integral, d = 10", integral(GenzFamily.CORNER_PEAK, c10, new double[10]),
                0.0024984109179823134051, LIMIT_TOL);
        Close.assertRelative("f3 integral, d = 16", integral(GenzFamily.CORNER_PEAK, c16, new double[16]),
                0.000032560621350350406672, LIMIT_TOL);
    }

    @Test
    void cornerPeakAgreesWithInclusionExclusionWhereThatIsAccurate() {
        for (int d = 1; d <= 4; d++) {
            for (int seed = 0; seed < 10; seed++) {
                GenzParameters p = genz.drawParameters(GenzFamily.CORNER_PEAK, d, new java.util.SplittableRandom(seed));
                // the course's corner sum in double: about d eps sum|term| / |sum| <= 1e-13 relative for d <= 4
                double sum = 0;
                double scale = 1;
                for (int k = 0; k < d; k++) {
                    scale *= (k + 1) * p.c(k);
                }
                for (int v = 0; v < (1 << d); v++) {
                    double t = 1;
                    for (int k = 0; k < d; k++) {
                        if ((v & (1 << k)) != 0) {
                            t += p.c(k);
                        }
                    }
                    sum += (Integer.bitCount(v) % 2 == 0 ? 1 : -1) / t;
                }
                Close.assertRelative("f3 against the corner sum, d = " + d, new CornerPeak(p).integral(), sum / scale,
                        1e-12);
            }
        }
        Close.assertRelative("f3 d = 2 spec parameters",
                integral(GenzFamily.CORNER_PEAK, new double[] {1.15261658, 2.55983758},
                        new double[] {0.46304554, 0.63407911}), 0.079094945162405777477, LIMIT_TOL);
    }
}
