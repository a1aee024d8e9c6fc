package dlecon.reference.run;

import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Part 6: the OLG model with an analytic solution (course calibration, N = 6). Writes, for seed 0,
 * {@code olg.csv} (holdings, learned and exact shares and Euler errors per period and age of the simulated path),
 * {@code olg.png} (learned shares by age, mean and range over the path, against the exact ones) and
 * {@code olg-loss.png}, and tabulates every seed's Euler errors beside the course's.
 */
public final class OlgPart implements Part {

    /** Header of {@code olg.csv}. */
    public static final List<String> CSV_HEADER = List.of("t", "eta", "delta", "age", "holding", "learned_share",
            "exact_share", "log10_abs_euler_error");

    private final OlgExperiment experiment;
    private final GrowthSettings settings;

    public OlgPart(Implementations impl, GrowthSettings settings) {
        this.experiment = new OlgExperiment(impl, settings, Olg.defaults());
        this.settings = settings;
    }

    @Override
    public String title() {
        return "OLG model";
    }

    @Override
    public PartReport run(Path outDir) throws IOException {
        List<OlgRun> runs = experiment.run();
        OlgRun first = runs.get(0);
        CsvWriter.write(outDir.resolve("olg.csv"), CSV_HEADER, first.points().stream()
                .map(p -> List.of(Integer.toString(p.period()), CsvWriter.number(p.eta()),
                        CsvWriter.number(p.delta()), Integer.toString(p.age()), CsvWriter.number(p.holding()),
                        CsvWriter.number(p.learned()),
                        CsvWriter.number(p.exact()), CsvWriter.number(p.log10Error()))).toList());
        PngChartWriter.write(outDir.resolve("olg.png"), sharesChart(first, experiment.model()));
        PngChartWriter.write(outDir.resolve("olg-loss.png"), LossChart.of("OLG DEQN training loss (seed "
                + first.seed() + ")", "log10 loss (mean e^2)", first.lossHistory()));
        Olg m = experiment.model();
        OlgConfig c = settings.olg();
        String setup = String.format(Locale.ROOT, "N = %d, alpha %.1f, beta %.1f, eta in {%.2f, %.2f}, delta in "
                        + "{%.1f, %.1f}; (eta, delta, log k_2..log k_N) -> %d ReLU -> %d ReLU -> %d logistic, %d "
                        + "chains from k = %.1f, Adam %.0e for %d then %.0e for %d episodes; %d seed(s); errors on "
                        + "%d simulated periods after %d burn-in periods, shocks of seed %d; files for seed 0",
                m.cohorts(), m.alpha(), m.beta(), m.etaLow(), m.etaHigh(), m.deltaLow(), m.deltaHigh(), c.hidden(),
                c.hidden(), m.cohorts() - 1, c.batchSize(), c.kStart(), c.eta(), c.episodes(), c.fineEta(),
                c.fineEpisodes(), runs.size(), settings.periods(), OlgExperiment.BURN_IN, OlgExperiment.SHOCK_SEED);
        return new PartReport(title(), setup, List.of(table(runs)), List.of("olg.csv", "olg.png", "olg-loss.png"));
    }

    private static MarkdownTable table(List<OlgRun> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (OlgRun r : runs) {
            rows.add(List.of(Integer.toString(r.seed()), Fmt.fix(r.meanLog10Error()), Fmt.fix(r.maxLog10Error()),
                    Fmt.sci(r.maxShareRelError()), Fmt.fix(r.finalLog10Loss()),
                    Integer.toString(r.lossHistory().length)));
        }
        rows.add(List.of("course", "-3.4 [S]", "-2.4 [S]", "-", "-", "10000 [S]"));
        return new MarkdownTable("Relative Euler errors over all periods and ages of the simulated path:",
                List.of("seed", "mean log10 abs(e)", "max log10 abs(e)", "max abs(s / s_exact - 1)",
                        "final log10 loss", "episodes"), rows);
    }

    private static ChartSpec sharesChart(OlgRun r, Olg m) {
        int ages = m.cohorts() - 1;
        double[] age = new double[ages];
        double[] mean = new double[ages];
        double[] min = new double[ages];
        double[] max = new double[ages];
        int[] count = new int[ages];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (OlgPoint p : r.points()) {
            int i = p.age() - 1;
            mean[i] += p.learned();
            count[i]++;
            min[i] = Math.min(min[i], p.learned());
            max[i] = Math.max(max[i], p.learned());
        }
        for (int i = 0; i < ages; i++) {
            age[i] = i + 1;
            mean[i] /= count[i];
        }
        return new ChartSpec("OLG savings shares by age (seed " + r.seed() + ")", "age i", "savings share a_i / x_i",
                false, false, List.of(new ChartSeries("exact", age, m.exactSavingsShares(), 1, true),
                new ChartSeries("learned, mean over the path", age, mean, 0, false),
                new ChartSeries("learned, min over the path", age, min, 2, false),
                new ChartSeries("learned, max over the path", age, max, 3, false)));
    }
}
