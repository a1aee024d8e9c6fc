package dlecon.reference.run;

import dlecon.api.e7.Neoclassical;
import dlecon.api.e7.NeoclassicalConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Part 5: the deterministic neoclassical model (course calibration theta .3, beta .96, gamma 4, delta .1). Writes,
 * for seed 0, {@code neoclassical.csv} (policy and Euler residual on the grid), {@code neoclassical.png}
 * (k' = g(k) with the 45-degree line and the steady state) and {@code neoclassical-loss.png}, and tabulates every
 * seed's fixed point and residuals beside k* and the course's figures.
 */
public final class NeoclassicalPart implements Part {

    /** Header of {@code neoclassical.csv}. */
    public static final List<String> CSV_HEADER = List.of("k", "investment_share", "k_next", "euler_residual");

    private final NeoclassicalExperiment experiment;
    private final GrowthSettings settings;

    /** @param gridSize number of equally spaced k in [kLow k*, kHigh k*] of the CSV and the table */
    public NeoclassicalPart(Implementations impl, GrowthSettings settings, int gridSize) {
        this.experiment = new NeoclassicalExperiment(impl, settings, Neoclassical.defaults(), gridSize);
        this.settings = settings;
    }

    @Override
    public String title() {
        return "Neoclassical growth model";
    }

    @Override
    public PartReport run(Path outDir) throws IOException {
        List<NeoclassicalRun> runs = experiment.run();
        NeoclassicalRun first = runs.get(0);
        CsvWriter.write(outDir.resolve("neoclassical.csv"), CSV_HEADER, first.grid().stream()
                .map(p -> List.of(CsvWriter.number(p.k()), CsvWriter.number(p.share()), CsvWriter.number(p.kNext()),
                        CsvWriter.number(p.residual()))).toList());
        PngChartWriter.write(outDir.resolve("neoclassical.png"), policyChart(first, experiment.model().steadyStateCapital()));
        PngChartWriter.write(outDir.resolve("neoclassical-loss.png"), LossChart.of(
                "Neoclassical model training loss (seed " + first.seed() + ")", "log10 loss (mean R^2)",
                first.lossHistory()));
        Neoclassical m = experiment.model();
        NeoclassicalConfig c = settings.neoclassical();
        String setup = String.format(Locale.ROOT, "theta %.1f, beta %.2f, gamma %.0f, delta %.1f; k -> %d x %d tanh "
                        + "-> 1 logistic, Adam %.0e, batch %d, %d steps, k ~ U[%.1f k*, %.1f k*]; %d seed(s); residual "
                        + "on %d equally spaced k in the same interval; fixed point after %d iterations of g from "
                        + "%.1f k*; files for seed 0", m.theta(), m.beta(), m.gamma(), m.delta(), c.layers(),
                c.hidden(), c.eta(), c.batchSize(), c.steps(), c.kLow(), c.kHigh(), runs.size(),
                first.grid().size(), NeoclassicalExperiment.ITERATIONS, NeoclassicalExperiment.START);
        return new PartReport(title(), setup, List.of(table(runs, m)), List.of("neoclassical.csv",
                "neoclassical.png", "neoclassical-loss.png"));
    }

    private static MarkdownTable table(List<NeoclassicalRun> runs, Neoclassical m) {
        double kStar = m.steadyStateCapital();
        List<List<String>> rows = new ArrayList<>();
        for (NeoclassicalRun r : runs) {
            rows.add(List.of(Integer.toString(r.seed()), Fmt.fix(r.fixedPoint(), 6),
                    Fmt.sci(r.fixedPoint() / kStar - 1), Fmt.sci(r.meanAbsResidual()), Fmt.sci(r.maxAbsResidual()),
                    Fmt.fix(r.finalLog10Loss()), Integer.toString(r.lossHistory().length)));
        }
        rows.add(List.of("course", Double.toString(kStar) + " [S]", "0", "1.9e-4..2.1e-3 [C]", "-", "-",
                "10000 [C]"));
        return new MarkdownTable("Fixed point of k' = g(k) and Euler residuals per seed:", List.of("seed",
                "fixed point", "fixed point / k* - 1", "mean abs(R)", "max abs(R)", "final log10 loss", "steps"), rows);
    }

    private static ChartSpec policyChart(NeoclassicalRun r, double kStar) {
        double[] k = r.grid().stream().mapToDouble(NeoclassicalPoint::k).toArray();
        double[] next = r.grid().stream().mapToDouble(NeoclassicalPoint::kNext).toArray();
        return new ChartSpec("Neoclassical model: k' = g(k) (seed " + r.seed() + ")", "capital k", "next capital k'",
                false, false, List.of(new ChartSeries("network g(k)", k, next, 0, false),
                new ChartSeries("45-degree line", k, k, 1, true),
                new ChartSeries("steady state k*", new double[] {kStar}, new double[] {kStar}, 2, false)));
    }
}
