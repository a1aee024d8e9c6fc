package dlecon.reference.run;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.SurrogateConfig;
import dlecon.api.e7.DeqnConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every part of the reference run in a tiny configuration and checks the files it writes. */
class ReferenceRunTest {

    private static final List<Integer> DIMS = List.of(2, 5, 10);
    private static final List<Integer> SIZES = List.of(10, 20);
    private static final int GRID = 11;
    private static final int EPISODES = 20;
    /** Tiny: one seed, an 8-unit network, 5 epochs, 50 test points; 20 DEQN episodes of 16 states. */
    private static final RunSettings TINY = new RunSettings("tiny", 1, RunSettings.COURSE_FAMILIES, DIMS, SIZES, 1,
            new SurrogateConfig(new int[] {8}, ActivationKind.RELU, OptimizerConfig.Adam.defaults(), 5, 16, 50),
            new DeqnConfig(8, 16, 0.1, 1.0, 1e-3, EPISODES), 1, GRID);

    @TempDir
    static Path out;
    private static List<TimedReport> reports;

    @BeforeAll
    static void runTiny() throws IOException {
        reports = ReferenceRun.run(ReferenceRun.parts(Implementations.load(), TINY, false), TINY.mode(), out);
    }

    @Test
    void everyPartReportsItsTimeAndFiles() {
        assertThat(reports).extracting(r -> r.report().title()).containsExactly(
                "Foundations: perceptron and MLPs", "Genz surrogates", "Brock-Mirman, deterministic DEQN");
        assertThat(reports).allSatisfy(r -> assertThat(r.seconds()).isPositive());
        for (TimedReport r : reports) {
            for (String f : r.report().files()) {
                assertThat(out.resolve(f)).isRegularFile();
            }
        }
        assertThat(reports.get(0).report().tables().get(0).rows()).hasSize(7);
    }

    @Test
    void genzCsvHasOneRowPerFit() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("genz-errors.csv"));
        assertThat(lines.get(0)).isEqualTo("family,d,n,seed,mean_abs_error,max_abs_error,training_loss");
        assertThat(lines).hasSize(1 + 3 * DIMS.size() * SIZES.size());
        Set<String> keys = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertThat(f).hasSize(7);
            GenzFamily family = GenzFamily.valueOf(f[0]);
            assertThat(RunSettings.COURSE_FAMILIES).contains(family);
            assertThat(Integer.parseInt(f[3])).isZero();
            double mean = Double.parseDouble(f[4]);
            double max = Double.parseDouble(f[5]);
            assertThat(mean).isPositive().isLessThanOrEqualTo(max);
            assertThat(Double.parseDouble(f[6])).isFinite().isNotNegative();
            keys.add(f[0] + "/" + f[1] + "/" + f[2]);
        }
        for (GenzFamily family : RunSettings.COURSE_FAMILIES) {
            for (int d : DIMS) {
                for (int n : SIZES) {
                    assertThat(keys).contains(family.name() + "/" + d + "/" + n);
                }
            }
        }
    }

    @Test
    void brockMirmanCsvHasTheGridAndConsistentErrors() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("brock-mirman-deterministic.csv"));
        assertThat(lines.get(0)).isEqualTo("K,network_savings_rate,closed_form_alpha_beta,abs_error");
        assertThat(lines).hasSize(1 + GRID);
        double maxErr = 0;
        for (int i = 1; i < lines.size(); i++) {
            double[] v = java.util.Arrays.stream(lines.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
            assertThat(v).hasSize(4);
            assertThat(v[0]).isCloseTo(0.1 + 0.9 * (i - 1) / (GRID - 1), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(v[1]).isStrictlyBetween(0.0, 1.0);
            assertThat(v[2]).isEqualTo(0.36 * 0.99);
            assertThat(v[3]).isEqualTo(Math.abs(v[1] - v[2]));
            maxErr = Math.max(maxErr, v[3]);
        }
        String expected = String.format(java.util.Locale.ROOT, "%.2e", maxErr);
        assertThat(reports.get(2).report().tables().get(0).rows().get(0).get(1)).isEqualTo(expected);
        assertThat(reports.get(2).report().tables().get(0).rows().get(0).get(6)).isEqualTo("" + EPISODES);
    }

    @Test
    void pngsDecodeWithThePlotSize() throws IOException {
        for (String name : List.of("genz-errors-d2.png", "genz-errors-d5.png", "genz-errors-d10.png",
                "brock-mirman-deterministic.png", "brock-mirman-deterministic-loss.png")) {
            BufferedImage img = ImageIO.read(out.resolve(name).toFile());
            assertThat(img).as(name).isNotNull();
            assertThat(img.getWidth()).as(name).isEqualTo(PngChartWriter.WIDTH);
            assertThat(img.getHeight()).as(name).isEqualTo(PngChartWriter.HEIGHT);
        }
    }

    @Test
    void summaryHasATablePerExperiment() throws IOException {
        String s = Files.readString(out.resolve("summary.md"));
        assertThat(s).startsWith("# Reference run\n\nMode: tiny\n");
        assertThat(s).contains("## Foundations: perceptron and MLPs", "| experiment ", "| perceptron AND ",
                "## Genz surrogates", "| family ", "| f4 gaussian ", "n = 1000: .00413/.01605 [S]",
                "## Brock-Mirman, deterministic DEQN", "| seed ", "1.8e-4..4.8e-4", "-9.10",
                "Total wall time of the parts:");
        assertThat(s.split("Wall time: ", -1)).hasSize(4);
        // 2 x 3 x 2 Genz rows, 4 curse rows, 7 demo rows, 1 + 1 DEQN rows, each with its header and rule.
        long tableLines = s.lines().filter(l -> l.startsWith("|")).count();
        assertThat(tableLines).isEqualTo((2 + 7) + (2 + 3 * DIMS.size() * SIZES.size()) + (2 + SIZES.size())
                + (2 + 2));
    }
}
