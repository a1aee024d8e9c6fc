package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void formatsWithAtMostTwoDecimalsAndNoTrailingZeros() {
        assertThat(Points.format(3)).isEqualTo("3");
        assertThat(Points.format(3.0)).isEqualTo("3");
        assertThat(Points.format(2.5)).isEqualTo("2.5");
        assertThat(Points.format(2.50001)).isEqualTo("2.5");
        assertThat(Points.format(1.0 / 3)).isEqualTo("0.33");
        assertThat(Points.format(2.0 / 3)).isEqualTo("0.67");
        assertThat(Points.format(0.125)).isEqualTo("0.13");
        assertThat(Points.format(0.004)).isEqualTo("0");
        assertThat(Points.format(0)).isEqualTo("0");
        assertThat(Points.format(-0.0)).isEqualTo("0");
        assertThat(Points.format(10)).isEqualTo("10");
        assertThat(Points.format(100)).isEqualTo("100");
        assertThat(Points.format(1234.5)).isEqualTo("1234.5");
        assertThat(Points.format(1e7)).isEqualTo("10000000");
    }

    @Test
    void ignoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Points.format(2.5)).isEqualTo("2.5");
            assertThat(Points.of(4.0 / 3, 2)).isEqualTo("1.33 / 2");
            assertThat(JUnitXmlWriter.seconds(1250)).isEqualTo("1.250");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void decimalHasNoExponentAndEqualsTheFormattedText() {
        assertThat(Points.decimal(10).toString()).isEqualTo("10");
        assertThat(Points.decimal(100).toString()).isEqualTo("100");
        assertThat(Points.decimal(0.1 + 0.2).toString()).isEqualTo("0.3");
        assertThat(Points.decimal(-0.0)).isEqualTo(BigDecimal.ZERO);
        assertThat(Points.of(2.5, 3)).isEqualTo("2.5 / 3");
    }

    @Test
    void rejectsNonFinitePoints() {
        assertThatThrownBy(() -> Points.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Points.format(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
    }
}
