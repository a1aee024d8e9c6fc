package dlecon.api.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArrayParameterTest {

    @Test
    void valuesAreLiveAndGradientsClear() {
        double[] v = {1, 2, 3};
        ArrayParameter p = ArrayParameter.of("p", v);
        p.values()[0] = 5;
        assertThat(v[0]).isEqualTo(5);
        p.gradients()[1] = 7;
        p.zeroGradients();
        assertThat(p.gradients()).containsOnly(0.0);
        assertThat(p.size()).isEqualTo(3);
    }

    @Test
    void shapeMustMatch() {
        assertThatThrownBy(() -> new ArrayParameter("w", 2, 2, new double[3], new double[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w");
        assertThatThrownBy(() -> ArrayParameter.zeros("w", 0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
