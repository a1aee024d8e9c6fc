package dlecon.reference.run;

import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.SimulationPath;
import dlecon.api.e7.StochasticDeqnConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Part 4: the stochastic Brock-Mirman DEQN (course calibration, delta 1, so s* = alpha beta). Writes, for seed 0,
 * {@code brock-mirman-stochastic.csv} (the simulated path), {@code brock-mirman-stochastic.png} (network savings
 * rate along the path against alpha beta) and {@code brock-mirman-stochastic-loss.png}, and tabulates every seed's
 * policy error, moments of log K and Euler residuals beside the analytic and the course's figures.
 */
public final class StochasticBrockMirmanPart implements Part {

    /** Header of {@code brock-mirman-stochastic.csv}. */
    public static final List<String> CSV_HEADER = List.of("t", "z", "log_K", "network_savings_rate",
            "closed_form_alpha_beta", "residual");

    private final StochasticExperiment experiment;
    private final GrowthSettings settings;

    public StochasticBrockMirmanPart(Implementations impl, GrowthSettings settings) {
        this.experiment = new StochasticExperiment(impl, settings, BrockMirman.defaults());
        this.settings = settings;
    }

    @Override
    public String title() {
        return "Brock-Mirman, stochastic DEQN";
    }

    @Override
    public PartReport run(Path outDir) throws IOException {
        List<StochasticRun> runs = experiment.run();
        StochasticRun first = runs.get(0);
        CsvWriter.write(outDir.resolve("brock-mirman-stochastic.csv"), CSV_HEADER, csvRows(first));
        PngChartWriter.write(outDir.resolve("brock-mirman-stochastic.png"), pathChart(first));
        PngChartWriter.write(outDir.resolve("brock-mirman-stochastic-loss.png"), LossChart.of(
                "Stochastic Brock-Mirman DEQN training loss (seed " + first.seed() + ")", "log10 loss (mean r^2)",
                first.lossHistory()));
        BrockMirman m = experiment.model();
        StochasticDeqnConfig c = settings.stochastic();
        String setup = String.format(Locale.ROOT, "alpha %.2f, beta %.2f, delta %.0f, rho %.2f, sigma %.2f; "
                        + "(z, log K) -> %d ReLU -> %d ReLU -> 1 logistic, batch %d, z ~ U[-%.0f sd(z), %.0f sd(z)], "
                        + "log K ~ U[%.3f, %.3f], Adam %.0e for %d then %.0e for %d episodes, %d Gauss-Hermite "
                        + "nodes; %d seed(s); %d simulated periods from (0, log K_ss), shocks of seed %d for "
                        + "every path; files for seed 0", m.alpha(), m.beta(), m.delta(), m.rho(), m.sigma(),
                c.hidden(), c.hidden(), c.batchSize(), c.zWidth(), c.zWidth(), c.logKMin(), c.logKMax(), c.eta(),
                c.episodes(), c.fineEta(), c.fineEpisodes(), c.nodes(), runs.size(), settings.periods(),
                StochasticExperiment.SHOCK_SEED);
        return new PartReport(title(), setup, List.of(table(runs, experiment.closedForm(), m)), List.of(
                "brock-mirman-stochastic.csv", "brock-mirman-stochastic.png", "brock-mirman-stochastic-loss.png"));
    }

    private static List<List<String>> csvRows(StochasticRun r) {
        SimulationPath p = r.path();
        double[] z = p.z();
        double[] logK = p.logK();
        double[] s = p.savingsRate();
        double[] res = r.residuals();
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < z.length; t++) {
            rows.add(List.of(Integer.toString(t), CsvWriter.number(z[t]), CsvWriter.number(logK[t]),
                    CsvWriter.number(s[t]), CsvWriter.number(r.alphaBeta()), CsvWriter.number(res[t])));
        }
        return rows;
    }

    private static MarkdownTable table(List<StochasticRun> runs, StochasticRun exact, BrockMirman m) {
        List<List<String>> rows = new ArrayList<>();
        for (StochasticRun r : runs) {
            rows.add(List.of(Integer.toString(r.seed()), Fmt.sci(r.maxRelPolicyError()), Fmt.fix(r.meanLogK(), 5),
                    Fmt.fix(r.sdLogK(), 6), Fmt.sci(r.meanAbsResidual()), Fmt.sci(r.maxAbsResidual()),
                    Fmt.fix(r.finalLog10Loss()), Integer.toString(r.lossHistory().length)));
        }
        rows.add(List.of("closed form, same shocks", "0", Fmt.fix(exact.meanLogK(), 5), Fmt.fix(exact.sdLogK(), 6),
                Fmt.sci(exact.meanAbsResidual()), Fmt.sci(exact.maxAbsResidual()), "-", "-"));
        rows.add(List.of("analytic / course", "< 1e-3 [P]", Fmt.fix(m.meanLogCapital(), 5) + " [C]",
                Fmt.fix(m.sdLogCapital(), 6) + " [C]", "1.59e-4 [S]", "3.57e-4 [S]", "-", "-"));
        return new MarkdownTable("Accuracy per seed along the simulated path (same shocks for every row):",
                List.of("seed", "max abs(s / alpha beta - 1)", "E log K", "sd(log K)", "mean abs(r)", "max abs(r)",
                        "final log10 loss", "episodes"), rows);
    }

    private static ChartSpec pathChart(StochasticRun r) {
        double[] s = r.path().savingsRate();
        double[] t = new double[s.length];
        double[] star = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            t[i] = i;
            star[i] = r.alphaBeta();
        }
        return new ChartSpec("Stochastic Brock-Mirman savings rate along the simulated path (seed " + r.seed() + ")",
                "period t", "savings rate s(z, log K)", false, false, List.of(
                new ChartSeries("network s(z[t], log K[t])", t, s, 0, false),
                new ChartSeries("closed form alpha beta", t, star, 1, true)));
    }
}
