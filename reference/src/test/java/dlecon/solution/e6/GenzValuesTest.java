package dlecon.solution.e6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzFunction;
import dlecon.api.e6.GenzParameters;
import dlecon.testing.Close;
import org.junit.jupiter.api.Test;

/** The values of course-spec section 6, the bookkeeping of a function, and its argument errors. */
class GenzValuesTest {

    /** The spec's values are printed with 15 significant digits; the formulas are a few flops: 1e-12 is ample. */
    private static final double SPEC_TOL = 1e-12;

    private static final double[] C = {1.15261658, 2.55983758};
    private static final double[] W = {0.46304554, 0.63407911};

    private final GenzSolution genz = new GenzSolution();

    private double f(GenzFamily family, double... x) {
        return genz.create(family, C, W).value(x);
    }

    @Test
    void specValuesAtQuarterThreeQuarters() {
        double[] expected = {0.394059460686278, 7.54597838689742, 0.0302889201895925, 0.862126340157122,
                0.581410359843352, 0};
        for (GenzFamily family : GenzFamily.values()) {
            Close.assertRelative("f" + family.index() + "(.25, .75)", f(family, .25, .75),
                    expected[family.ordinal()], SPEC_TOL);
        }
    }

    @Test
    void specValuesAtPointOnePointTwo() {
        Close.assertRelative("f6(.1, .2)", f(GenzFamily.DISCONTINUOUS, .1, .2), 1.87241524805676, SPEC_TOL);
        Close.assertRelative("f1(.1, .2)", f(GenzFamily.OSCILLATORY, .1, .2), -0.922982151150911, SPEC_TOL);
    }

    @Test
    void discontinuousInOneDimensionCutsOnlyAtW1() {
        GenzFunction f = genz.create(GenzFamily.DISCONTINUOUS, new double[] {2}, new double[] {0.3});
        Close.assertRelative("f6(0.2), d = 1", f.value(new double[] {0.2}), Math.exp(0.4), 1e-15);
        assertThat(f.value(new double[] {0.31})).isZero();
        // in d = 3 the third coordinate never cuts
        GenzFunction g = genz.create(GenzFamily.DISCONTINUOUS, new double[] {1, 1, 1}, new double[] {.5, .5, .1});
        Close.assertRelative("f6 in d = 3", g.value(new double[] {.2, .3, .9}), Math.exp(1.4), 1e-15);
        assertThat(g.value(new double[] {.2, .6, .0})).isZero();
    }

    @Test
    void cornerPeakExponentIsDPlusOne() {
        GenzFunction f = genz.create(GenzFamily.CORNER_PEAK, new double[] {1, 1, 1}, new double[] {.1, .1, .1});
        Close.assertRelative("f3(1, 1, 1), d = 3", f.value(new double[] {1, 1, 1}), Math.pow(4, -4), 1e-15);
    }

    @Test
    void bookkeeping() {
        GenzFunction f = genz.create(GenzFamily.GAUSSIAN, C, W);
        assertThat(f.family()).isEqualTo(GenzFamily.GAUSSIAN);
        assertThat(f.dimension()).isEqualTo(2);
        assertThat(f.parameters()).isEqualTo(new GenzParameters(C, W));
        double[] values = f.values(new double[][] {{.25, .75}, {.1, .2}});
        assertThat(values).hasSize(2);
        Close.assertRelative("values()[0]", values[0], 0.862126340157122, SPEC_TOL);
    }

    @Test
    void valueRejectsBadPoints() {
        for (GenzFamily family : GenzFamily.values()) {
            GenzFunction f = genz.create(family, C, W);
            assertThatThrownBy(() -> f.value(new double[] {.5})).as(family + " short x")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
            assertThatThrownBy(() -> f.value(new double[] {.5, .5, .5})).as(family + " long x")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
            assertThatThrownBy(() -> f.value(new double[] {.5, Double.NaN})).as(family + " NaN")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
            assertThatThrownBy(() -> f.value(new double[] {1.5, .5})).as(family + " outside")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
            assertThatThrownBy(() -> f.value(new double[] {.5, -1e-9})).as(family + " outside")
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> f.value(null)).as(family + " null")
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void valueDoesNotModifyX() {
        double[] x = {.25, .75};
        for (GenzFamily family : GenzFamily.values()) {
            genz.create(family, C, W).value(x);
        }
        assertThat(x).containsExactly(.25, .75);
    }

    @Test
    void boundaryPointsAreAccepted() {
        for (GenzFamily family : GenzFamily.values()) {
            GenzFunction f = genz.create(family, C, W);
            assertThat(f.value(new double[] {0, 1})).as(family.toString()).isFinite();
            assertThat(f.value(new double[] {1, 0})).as(family.toString()).isFinite();
        }
    }
}
