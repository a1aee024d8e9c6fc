package dlecon.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CloseTest {

    @Test
    void nanNeverClose() {
        assertThat(Close.isClose(Double.NaN, Double.NaN, 1, 1)).isFalse();
        assertThat(Close.isClose(Double.NaN, 0, 1e9, 1)).isFalse();
        assertThatThrownBy(() -> Close.assertRelative("x", Double.NaN, 1.0, 0.5)).isInstanceOf(AssertionError.class);
    }

    @Test
    void infinitiesOnlyMatchThemselves() {
        assertThat(Close.isClose(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 1)).isTrue();
        assertThat(Close.isClose(Double.POSITIVE_INFINITY, 1e308, 1e9, 1)).isFalse();
    }

    @Test
    void relativeToleranceIsRelative() {
        Close.assertRelative("x", 1.0 + 1e-13, 1.0, 1e-12);
        assertThatThrownBy(() -> Close.assertRelative("x", 1.0 + 1e-11, 1.0, 1e-12))
                .isInstanceOf(AssertionError.class).hasMessageContaining("x");
        Close.assertRelative("zero", 1e-13, 0.0, 1e-12);
    }
}
