package dlecon.api.e4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptimizerConfigTest {

    @Test
    void adamDefaultsAreThePapers() {
        OptimizerConfig.Adam a = OptimizerConfig.Adam.defaults();
        assertThat(a.eta()).isEqualTo(1e-3);
        assertThat(a.beta1()).isEqualTo(0.9);
        assertThat(a.beta2()).isEqualTo(0.999);
        assertThat(a.eps()).isEqualTo(1e-8);
        assertThat(OptimizerConfig.Adam.withEta(0.1).beta2()).isEqualTo(0.999);
    }

    @Test
    void invalidHyperparametersAreRefused() {
        assertThatThrownBy(() -> new OptimizerConfig.Sgd(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OptimizerConfig.Sgd(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OptimizerConfig.Momentum(0.1, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gamma");
        assertThatThrownBy(() -> new OptimizerConfig.RmsProp(0.1, 0.9, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eps");
        assertThatThrownBy(() -> new OptimizerConfig.Adam(0.1, 0.9, 1.0, 1e-8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta2");
        assertThatThrownBy(() -> new OptimizerConfig.AnnealedSgd(0.1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kappa");
    }
}
