package dlecon.reference.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngChartWriterTest {

    @Test
    void logLogChartSkipsPointsItCannotDraw(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.png");
        PngChartWriter.write(f, new ChartSpec("t", "n", "error", true, true, List.of(
                new ChartSeries("mean", new double[] {10, 50, 100}, new double[] {0.1, 0, Double.NaN}, 0, false),
                new ChartSeries("max", new double[] {10, 50, 100}, new double[] {0.5, 0.2, 0.1}, 0, true),
                new ChartSeries("nothing drawable", new double[] {-1}, new double[] {1}))));
        BufferedImage img = ImageIO.read(f.toFile());
        assertThat(img.getWidth()).isEqualTo(PngChartWriter.WIDTH);
        assertThat(img.getHeight()).isEqualTo(PngChartWriter.HEIGHT);
    }

    @Test
    void rejectsMismatchedSeriesAndEmptyCharts() {
        assertThatThrownBy(() -> new ChartSeries("s", new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 x values but 3 y values");
        assertThatThrownBy(() -> new ChartSpec("t", "x", "y", false, false, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no series");
    }
}
