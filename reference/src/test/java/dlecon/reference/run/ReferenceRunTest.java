package dlecon.reference.run;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.SurrogateConfig;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import dlecon.api.e7.Neoclassical;
import dlecon.api.e7.Olg;
import dlecon.api.e7.NeoclassicalConfig;
import dlecon.api.e7.OlgConfig;
import dlecon.api.e7.StochasticDeqnConfig;
import dlecon.testing.Close;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every part of the reference run in a tiny configuration and checks the files it writes. */
class ReferenceRunTest {

    private static final List<Integer> DIMS = List.of(2, 5, 10);
    private static final List<Integer> SIZES = List.of(10, 20);
    private static final int GRID = 11;
    private static final int EPISODES = 20;
    private static final int PERIODS = 30;
    /** Tiny: one seed, an 8-unit network, 5 epochs, 50 test points; 20 DEQN episodes of 16 states. */
    private static final RunSettings TINY = new RunSettings("tiny", 1, RunSettings.COURSE_FAMILIES, DIMS, SIZES, 1,
            new SurrogateConfig(new int[] {8}, ActivationKind.RELU, OptimizerConfig.Adam.defaults(), 5, 16, 50),
            new DeqnConfig(8, 16, 0.1, 1.0, 1e-3, EPISODES), 1, GRID,
            new GrowthSettings(StochasticDeqnConfig.defaults().withHidden(4).withEpisodes(EPISODES, 5),
                    NeoclassicalConfig.defaults().withSteps(EPISODES), OlgConfig.defaults().withHidden(4)
                    .withEpisodes(EPISODES, 5), 1, PERIODS));

    /** The CSV keeps full precision; consecutive rows agree to rounding (values of order 1). */
    private static final double LAW_OF_MOTION_TOL = 1e-12;
    /** The same relative to the holding, after one division and two products: rounding, 1e-12. */
    private static final double LAW_OF_MOTION_REL_TOL = 1e-12;
    /** K recovered from r through a power 1/(alpha - 1) = -1.43 of r - 1 + delta ~ 1: about 1e-14, 1e-10 allowed. */
    private static final double WAGE_REL_TOL = 1e-10;

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
                "Foundations: perceptron and MLPs", "Genz surrogates", "Brock-Mirman, deterministic DEQN",
                "Brock-Mirman, stochastic DEQN", "Neoclassical growth model", "OLG model");
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

    /** The part's report of the given index, first table, row r. */
    private static List<String> row(int part, int r) {
        return reports.get(part).report().tables().get(0).rows().get(r);
    }

    private static List<double[]> numbers(String file, String header, int columns) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(file));
        assertThat(lines.get(0)).isEqualTo(header);
        List<double[]> rows = lines.subList(1, lines.size()).stream()
                .map(l -> Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray()).toList();
        assertThat(rows).allSatisfy(v -> assertThat(v).hasSize(columns));
        return rows;
    }

    /**
     * One row per period in order, starting at (z, log K) = (0, log K_ss); the law of motion
     * K[t+1] = s[t] exp(z[t]) K[t]^alpha (delta = 1) links consecutive rows; the summary's figures are those of
     * the CSV, and the closed form has zero residual.
     */
    @Test
    void stochasticCsvIsTheSimulatedPathAndTheTableSummarisesIt() throws IOException {
        BrockMirman bm = BrockMirman.defaults();
        List<double[]> rows = numbers("brock-mirman-stochastic.csv",
                "t,z,log_K,network_savings_rate,closed_form_alpha_beta,residual", 6);
        assertThat(rows).hasSize(PERIODS);
        assertThat(rows.get(0)[1]).isZero();
        assertThat(rows.get(0)[2]).isCloseTo(Math.log(bm.steadyStateCapital()), Offset.offset(1e-12));
        double[] logK = new double[PERIODS];
        double[] res = new double[PERIODS];
        double maxRel = 0;
        for (int t = 0; t < PERIODS; t++) {
            double[] v = rows.get(t);
            assertThat(v[0]).isEqualTo(t);
            assertThat(v[3]).isStrictlyBetween(0.0, 1.0);
            assertThat(v[4]).isEqualTo(bm.savingsRate());
            assertThat(v[5]).isFinite();
            if (t > 0) {
                double[] p = rows.get(t - 1);
                double expected = Math.log(p[3]) + p[1] + bm.alpha() * p[2];
                assertThat(v[2]).as("log K[%d]", t).isCloseTo(expected, Offset.offset(LAW_OF_MOTION_TOL));
            }
            logK[t] = v[2];
            res[t] = Math.abs(v[5]);
            maxRel = Math.max(maxRel, Math.abs(v[3] / v[4] - 1));
        }
        List<String> r = row(3, 0);
        assertThat(r.get(0)).isEqualTo("0");
        assertThat(r.get(1)).isEqualTo(String.format(Locale.ROOT, "%.2e", maxRel));
        assertThat(r.get(2)).isEqualTo(String.format(Locale.ROOT, "%.5f", Arrays.stream(logK).average().orElseThrow()));
        assertThat(r.get(4)).isEqualTo(String.format(Locale.ROOT, "%.2e", Arrays.stream(res).average().orElseThrow()));
        assertThat(r.get(5)).isEqualTo(String.format(Locale.ROOT, "%.2e", Arrays.stream(res).max().orElseThrow()));
        assertThat(r.get(7)).isEqualTo("" + (EPISODES + 5));
        List<String> exact = row(3, 1);
        assertThat(Double.parseDouble(exact.get(4))).isLessThan(1e-12);
        assertThat(Double.parseDouble(r.get(3))).isPositive();
    }

    /** The grid spans [0.5 k*, 1.5 k*], k' = 0.9 k + phi(k) k^0.3, and the table's figures are the CSV's. */
    @Test
    void neoclassicalCsvIsThePolicyOnTheGrid() throws IOException {
        double kStar = Neoclassical.defaults().steadyStateCapital();
        List<double[]> rows = numbers("neoclassical.csv", "k,investment_share,k_next,euler_residual", 4);
        assertThat(rows).hasSize(GRID);
        double sumAbs = 0;
        for (int i = 0; i < GRID; i++) {
            double[] v = rows.get(i);
            assertThat(v[0]).isCloseTo(kStar * (0.5 + (double) i / (GRID - 1)), Offset.offset(1e-12));
            assertThat(v[1]).isStrictlyBetween(0.0, 1.0);
            assertThat(v[2]).isCloseTo(0.9 * v[0] + v[1] * Math.pow(v[0], 0.3), Offset.offset(1e-12));
            sumAbs += Math.abs(v[3]);
        }
        List<String> r = row(4, 0);
        assertThat(r.get(3)).isEqualTo(String.format(Locale.ROOT, "%.2e", sumAbs / GRID));
        assertThat(Double.parseDouble(r.get(1))).isPositive();
        assertThat(r.get(6)).isEqualTo("" + EPISODES);
        assertThat(row(4, 1).get(1)).isEqualTo("2.920822149964071 [S]");
    }

    /**
     * N - 1 = 5 rows per period, ages 1..5 in order, the exact shares of {@link Olg#exactSavingsShares()}, holdings
     * following k'_{i+1} = s_i x_i (x_i = r k_i, x_1 = w; r is recovered from age 3 and checked on ages 4 and 5,
     * and K from r gives the wage checked on age 2), and the table's mean log10 error is the CSV's.
     */
    @Test
    void olgCsvHasSharesAndHoldingsAlongThePath() throws IOException {
        Olg olg = Olg.defaults();
        double[] exact = olg.exactSavingsShares();
        List<double[]> rows = numbers("olg.csv", "t,eta,delta,age,holding,learned_share,exact_share,"
                + "log10_abs_euler_error", 8);
        assertThat(rows).hasSize(PERIODS * 5);
        double sumLog = 0;
        for (int j = 0; j < rows.size(); j++) {
            double[] v = rows.get(j);
            assertThat(v[0]).isEqualTo(j / 5);
            assertThat(v[3]).isEqualTo(j % 5 + 1);
            assertThat(v[4]).isEqualTo(j % 5 == 0 ? 0.0 : v[4]).isNotNegative();
            assertThat(v[5]).isStrictlyBetween(0.0, 1.0);
            assertThat(v[6]).isEqualTo(exact[j % 5]);
            sumLog += v[7];
        }
        for (int t = 1; t < PERIODS; t++) {
            List<double[]> p = rows.subList(5 * (t - 1), 5 * t);
            List<double[]> c = rows.subList(5 * t, 5 * t + 5);
            double r = c.get(2)[4] / (p.get(1)[5] * p.get(1)[4]);
            for (int age = 4; age <= 5; age++) {
                Close.assertRelative("k_" + age + " at t = " + t, c.get(age - 1)[4],
                        p.get(age - 2)[5] * r * p.get(age - 2)[4], LAW_OF_MOTION_REL_TOL);
            }
            double eta = p.get(0)[1];
            double capital = Math.pow((r - 1 + p.get(0)[2]) / (olg.alpha() * eta), 1 / (olg.alpha() - 1));
            double wage = (1 - olg.alpha()) * eta * Math.pow(capital, olg.alpha());
            Close.assertRelative("k_2 at t = " + t, c.get(1)[4], p.get(0)[5] * wage, WAGE_REL_TOL);
        }
        assertThat(row(5, 0).get(1)).isEqualTo(String.format(Locale.ROOT, "%.2f", sumLog / rows.size()));
        assertThat(row(5, 0).get(5)).isEqualTo("" + (EPISODES + 5));
    }

    @Test
    void pngsDecodeWithThePlotSize() throws IOException {
        for (String name : List.of("genz-errors-d2.png", "genz-errors-d5.png", "genz-errors-d10.png",
                "genz-errors-f1.png", "genz-errors-f4.png", "genz-errors-f5.png",
                "brock-mirman-deterministic.png", "brock-mirman-deterministic-loss.png", "brock-mirman-stochastic.png",
                "brock-mirman-stochastic-loss.png", "neoclassical.png", "neoclassical-loss.png", "olg.png",
                "olg-loss.png")) {
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
                "## Brock-Mirman, stochastic DEQN", "| closed form, same shocks ", "-1.61203 [C]", "0.137656 [C]",
                "1.59e-4 [S]", "3.57e-4 [S]", "## Neoclassical growth model", "2.920822149964071 [S]",
                "1.9e-4..2.1e-3 [C]", "## OLG model", "-3.4 [S]", "-2.4 [S]", "Total wall time of the parts:");
        assertThat(s.split("Wall time: ", -1)).hasSize(7);
        // 2 x 3 x 2 Genz rows, 4 curse rows, 7 demo rows, 1 + 1 DEQN rows, 1 + 2 stochastic rows, 1 + 1
        // neoclassical rows, 1 + 1 OLG rows, each table with its header and rule.
        long tableLines = s.lines().filter(l -> l.startsWith("|")).count();
        assertThat(tableLines).isEqualTo((2 + 7) + (2 + 3 * DIMS.size() * SIZES.size()) + (2 + SIZES.size())
                + (2 + 2) + (2 + 3) + (2 + 2) + (2 + 2));
    }
}
