package dlecon.reference.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e7.NeoclassicalConfig;
import dlecon.api.e7.OlgConfig;
import dlecon.api.e7.StochasticDeqnConfig;
import org.junit.jupiter.api.Test;

/** The sample statistics of the growth-model runs and the validation of {@link GrowthSettings}. */
class MomentsTest {

    /** Sums of a few values of order 1: exact up to a few ulps. */
    private static final double ROUNDING = 1e-15;

    @Test
    void statisticsOfAKnownSample() {
        double[] x = {1, -3, 2, 4};
        assertThat(Moments.mean(x)).isEqualTo(1.0);
        // squared deviations 0, 16, 1, 9 over n - 1 = 3
        assertThat(Moments.sd(x)).isCloseTo(Math.sqrt(26.0 / 3), org.assertj.core.data.Offset.offset(ROUNDING));
        assertThat(Moments.meanAbs(x)).isEqualTo(2.5);
        assertThat(Moments.maxAbs(x)).isEqualTo(4.0);
        assertThat(Moments.maxAbs(new double[] {1, -5})).isEqualTo(5.0);
        assertThat(Moments.max(new double[] {-2, -1.5})).isEqualTo(-1.5);
        assertThat(Moments.finalLog10(new double[] {1, 1e-3})).isCloseTo(-3, org.assertj.core.data.Offset.offset(
                ROUNDING));
    }

    @Test
    void nanAndEmptyGiveNaN() {
        double[] nan = {1, Double.NaN, 0};
        assertThat(Moments.mean(nan)).isNaN();
        assertThat(Moments.sd(nan)).isNaN();
        assertThat(Moments.meanAbs(nan)).isNaN();
        assertThat(Moments.maxAbs(nan)).isNaN();
        assertThat(Moments.max(nan)).isNaN();
        assertThat(Moments.mean(new double[0])).isNaN();
        assertThat(Moments.sd(new double[] {1})).isNaN();
        assertThat(Moments.maxAbs(new double[0])).isNaN();
        assertThat(Moments.finalLog10(new double[0])).isNaN();
    }

    @Test
    void growthSettingsRejectBadCountsAndTheFullRunUsesTheDefaults() {
        assertThatThrownBy(() -> new GrowthSettings(StochasticDeqnConfig.defaults(), NeoclassicalConfig.defaults(),
                OlgConfig.defaults(), 0, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seeds");
        assertThatThrownBy(() -> new GrowthSettings(null, NeoclassicalConfig.defaults(), OlgConfig.defaults(), 1,
                10)).isInstanceOf(IllegalArgumentException.class);
        GrowthSettings full = GrowthSettings.full();
        assertThat(full.stochastic()).isEqualTo(StochasticDeqnConfig.defaults());
        assertThat(full.neoclassical()).isEqualTo(NeoclassicalConfig.defaults());
        assertThat(full.olg()).isEqualTo(OlgConfig.defaults());
        assertThat(full.periods()).isEqualTo(2000);
        assertThat(GrowthSettings.quick().seeds()).isEqualTo(1);
    }
}
