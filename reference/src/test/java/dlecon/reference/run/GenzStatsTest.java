package dlecon.reference.run;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.e6.GenzFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenzStatsTest {

    @Test
    void averagesOverSeedsPerCell() {
        GenzStats s = new GenzStats(List.of(new GenzRecord(GenzFamily.GAUSSIAN, 2, 10, 0, 0.1, 0.5, 0.01),
                new GenzRecord(GenzFamily.GAUSSIAN, 2, 10, 1, 0.3, 0.7, 0.02),
                new GenzRecord(GenzFamily.GAUSSIAN, 2, 50, 0, 0.05, 0.2, 0.001)));
        GenzStats.Cell c = s.cell(GenzFamily.GAUSSIAN, 2, 10);
        assertThat(c.mean()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(c.meanLow()).isEqualTo(0.1);
        assertThat(c.meanHigh()).isEqualTo(0.3);
        assertThat(c.max()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(s.cell(GenzFamily.GAUSSIAN, 2, 50).mean()).isEqualTo(0.05);
        assertThat(s.cell(GenzFamily.OSCILLATORY, 2, 10).mean()).isNaN();
    }

    @Test
    void csvRowHasTheColumnsInHeaderOrder() {
        assertThat(GenzPart.csvRow(new GenzRecord(GenzFamily.CONTINUOUS, 5, 100, 2, 0.25, 1.5, 1e-3)))
                .containsExactly("CONTINUOUS", "5", "100", "2", "0.25", "1.5", "0.001");
    }

    @Test
    void seedsDifferBetweenCells() {
        assertThat(GenzExperiment.parameterSeed(GenzFamily.GAUSSIAN, 2, 0))
                .isNotEqualTo(GenzExperiment.parameterSeed(GenzFamily.GAUSSIAN, 5, 0))
                .isNotEqualTo(GenzExperiment.parameterSeed(GenzFamily.OSCILLATORY, 2, 0))
                .isNotEqualTo(GenzExperiment.parameterSeed(GenzFamily.GAUSSIAN, 2, 1));
        assertThat(GenzExperiment.fitSeed(GenzFamily.GAUSSIAN, 2, 10, 0))
                .isNotEqualTo(GenzExperiment.fitSeed(GenzFamily.GAUSSIAN, 2, 50, 0));
    }
}
