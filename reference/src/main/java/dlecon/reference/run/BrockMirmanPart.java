package dlecon.reference.run;

import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Part 3: the deterministic Brock-Mirman DEQN (course defaults alpha .36, beta .99, delta 1). Writes, for seed 0,
 * {@code brock-mirman-deterministic.csv} (the policy on the grid), {@code brock-mirman-deterministic.png} (policy
 * against the closed form) and {@code brock-mirman-deterministic-loss.png} (log10 loss per episode), and tabulates
 * every seed's accuracy beside the course's figures.
 */
public final class BrockMirmanPart implements Part {

    /** Header of {@code brock-mirman-deterministic.csv}. */
    public static final List<String> CSV_HEADER = List.of("K", "network_savings_rate", "closed_form_alpha_beta",
            "abs_error");

    /** Number of final episodes whose log10 losses are averaged in the summary. */
    static final int LAST = 100;

    private final DeqnExperiment experiment;
    private final RunSettings settings;

    public BrockMirmanPart(Implementations impl, RunSettings settings) {
        this.experiment = new DeqnExperiment(impl, settings, BrockMirman.defaults());
        this.settings = settings;
    }

    @Override
    public String title() {
        return "Brock-Mirman, deterministic DEQN";
    }

    @Override
    public PartReport run(Path outDir) throws IOException {
        List<DeqnRun> runs = experiment.run();
        DeqnRun first = runs.get(0);
        CsvWriter.write(outDir.resolve("brock-mirman-deterministic.csv"), CSV_HEADER, first.policy().stream()
                .map(p -> List.of(CsvWriter.number(p.k()), CsvWriter.number(p.network()),
                        CsvWriter.number(p.closedForm()), CsvWriter.number(p.absError()))).toList());
        PngChartWriter.write(outDir.resolve("brock-mirman-deterministic.png"), policyChart(first));
        PngChartWriter.write(outDir.resolve("brock-mirman-deterministic-loss.png"), lossChart(first));
        DeqnConfig c = settings.deqn();
        String setup = String.format(Locale.ROOT, "alpha %.2f, beta %.2f, delta %.0f; 1 -> %d ReLU -> %d ReLU -> 1 "
                        + "logistic, Adam %.0e, %d episodes of %d states K ~ U[%.1f, %.1f]; %d seed(s); policy "
                        + "compared on %d equally spaced K in [%.1f, %.1f]; files for seed 0",
                experiment.model().alpha(), experiment.model().beta(), experiment.model().delta(), c.hidden(),
                c.hidden(), c.eta(), c.episodes(), c.batchSize(), c.kMin(), c.kMax(), runs.size(),
                settings.policyGrid(), c.kMin(), c.kMax());
        return new PartReport(title(), setup, List.of(table(runs)), List.of("brock-mirman-deterministic.csv",
                "brock-mirman-deterministic.png", "brock-mirman-deterministic-loss.png"));
    }

    private static MarkdownTable table(List<DeqnRun> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (DeqnRun r : runs) {
            rows.add(List.of(Integer.toString(r.seed()), Fmt.sci(r.maxAbsError()), Fmt.fix(r.log10LossAt(200)),
                    Fmt.fix(r.log10LossAt(1000)), Fmt.fix(r.finalLog10Loss()), Fmt.fix(r.meanLog10LossLast(LAST)),
                    Integer.toString(r.lossHistory().length)));
        }
        rows.add(List.of("course", "1.8e-4..4.8e-4 [C]", "-4.76 [S]", "-7.78 [S]", "-9.10 [S]", "-", "2001"));
        return new MarkdownTable("Accuracy per seed (log10 loss at 0-based episodes 200, 1000 and the last):",
                List.of("seed", "max abs(s - alpha beta)", "log10 loss @200", "log10 loss @1000",
                        "final log10 loss", "mean log10 loss, last " + LAST, "episodes"), rows);
    }

    private ChartSpec policyChart(DeqnRun r) {
        double[] k = r.policy().stream().mapToDouble(PolicyPoint::k).toArray();
        double[] s = r.policy().stream().mapToDouble(PolicyPoint::network).toArray();
        double[] star = r.policy().stream().mapToDouble(PolicyPoint::closedForm).toArray();
        return new ChartSpec("Brock-Mirman savings rate (seed " + r.seed() + ")", "capital K", "savings rate s(K)",
                false, false, List.of(new ChartSeries("network s(K)", k, s, 0, false),
                new ChartSeries("closed form alpha beta", k, star, 1, true)));
    }

    private static ChartSpec lossChart(DeqnRun r) {
        return LossChart.of("Brock-Mirman DEQN training loss (seed " + r.seed() + ")", "log10 loss (mean errREE^2)",
                r.lossHistory());
    }
}
