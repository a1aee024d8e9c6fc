package dlecon.solution.e6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;
import dlecon.api.e6.SurrogateConfig;
import org.junit.jupiter.api.Test;

/** The API's value types: difficulties, validation and defensive copies, and the surrogate defaults. */
class GenzParametersTest {

    @Test
    void difficulties() {
        double[] b = {1.5, 7, 1.85, 7.03, 20.4, 4.3};
        for (GenzFamily f : GenzFamily.values()) {
            assertThat(f.difficulty(7)).as(f.toString()).isEqualTo(b[f.ordinal()]);
            assertThat(f.index()).isEqualTo(f.ordinal() + 1);
        }
        assertThat(GenzFamily.PRODUCT_PEAK.difficulty(3)).isEqualTo(3);
        assertThatThrownBy(() -> GenzFamily.GAUSSIAN.difficulty(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parametersAreCopied() {
        double[] c = {1, 2};
        double[] w = {.1, .2};
        GenzParameters p = new GenzParameters(c, w);
        c[0] = 99;
        w[0] = .99;
        assertThat(p.c()).containsExactly(1, 2);
        assertThat(p.w()).containsExactly(.1, .2);
        p.c()[1] = 99;
        p.w()[1] = .99;
        assertThat(p.c(1)).isEqualTo(2);
        assertThat(p.w(1)).isEqualTo(.2);
        assertThat(p.dimension()).isEqualTo(2);
        assertThat(p).isEqualTo(new GenzParameters(new double[] {1, 2}, new double[] {.1, .2}));
        assertThat(p.hashCode()).isEqualTo(new GenzParameters(new double[] {1, 2}, new double[] {.1, .2}).hashCode());
    }

    @Test
    void parametersAreValidated() {
        assertThatThrownBy(() -> new GenzParameters(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("d >= 1");
        assertThatThrownBy(() -> new GenzParameters(new double[] {1}, new double[] {.1, .2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
        assertThatThrownBy(() -> new GenzParameters(new double[] {-1}, new double[] {.1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c[0]");
        assertThatThrownBy(() -> new GenzParameters(new double[] {Double.NaN}, new double[] {.1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c[0]");
        assertThatThrownBy(() -> new GenzParameters(new double[] {Double.POSITIVE_INFINITY}, new double[] {.1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c[0]");
        assertThatThrownBy(() -> new GenzParameters(new double[] {1}, new double[] {1.1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w[0]");
        assertThatThrownBy(() -> new GenzParameters(new double[] {1}, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w[0]");
        assertThatThrownBy(() -> new GenzParameters(null, new double[] {.1})).isInstanceOf(NullPointerException.class);
    }

    @Test
    void surrogateDefaultsAreTheCourseSetting() {
        SurrogateConfig s = SurrogateConfig.defaults();
        assertThat(s.hiddenWidths()).containsExactly(64, 64, 64);
        assertThat(s.activation()).isEqualTo(ActivationKind.RELU);
        assertThat(s.optimizer()).isEqualTo(OptimizerConfig.Adam.defaults());
        assertThat(s.epochs()).isEqualTo(200);
        assertThat(s.batchSize()).isEqualTo(64);
        assertThat(s.testPoints()).isEqualTo(1000);
        assertThat(s.withEpochs(5).epochs()).isEqualTo(5);
        assertThat(s.withHiddenWidths(8).hiddenWidths()).containsExactly(8);
        s.hiddenWidths()[0] = 1;
        assertThat(s.hiddenWidths()[0]).isEqualTo(64);
        assertThat(s).isEqualTo(SurrogateConfig.defaults());
    }

    @Test
    void surrogateConfigIsValidated() {
        SurrogateConfig s = SurrogateConfig.defaults();
        assertThatThrownBy(() -> s.withHiddenWidths()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withHiddenWidths(4, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withEpochs(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withTestPoints(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withActivation(null)).isInstanceOf(NullPointerException.class);
    }
}
