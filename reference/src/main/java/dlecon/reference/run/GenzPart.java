package dlecon.reference.run;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.SurrogateConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Part 2: the Genz surrogate experiment. Writes {@code genz-errors.csv} (one row per fit), per dimension d
 * {@code genz-errors-d<d>.png} (one line per family) and per family j {@code genz-errors-f<j>.png} (one line per
 * d), each with the mean and max error against n, averaged over seeds, log-log; and summarises the errors beside
 * the course's figures.
 */
public final class GenzPart implements Part {

    /** Header of {@code genz-errors.csv}. */
    public static final List<String> CSV_HEADER =
            List.of("family", "d", "n", "seed", "mean_abs_error", "max_abs_error", "training_loss");

    /** The course's errors [S] at d = 2, n = 1000 (3 x 64 ReLU, Adam 1e-3, 200 epochs): mean, max. */
    private static final Map<GenzFamily, String> COURSE_N1000 = Map.of(GenzFamily.OSCILLATORY, ".00916/.04774",
            GenzFamily.GAUSSIAN, ".00413/.01605", GenzFamily.CONTINUOUS, ".00234/.01877");

    private final GenzExperiment experiment;
    private final RunSettings settings;

    /** @param progress whether to show a progress bar on standard error */
    public GenzPart(Implementations impl, RunSettings settings, boolean progress) {
        this.experiment = new GenzExperiment(impl, settings, progress);
        this.settings = settings;
    }

    @Override
    public String title() {
        return "Genz surrogates";
    }

    @Override
    public PartReport run(Path outDir) throws IOException {
        List<GenzRecord> records = experiment.run();
        List<String> files = new ArrayList<>();
        CsvWriter.write(outDir.resolve("genz-errors.csv"), CSV_HEADER, records.stream().map(GenzPart::csvRow).toList());
        files.add("genz-errors.csv");
        GenzStats stats = new GenzStats(records);
        for (int d : settings.genzDims()) {
            List<Line> lines = settings.genzFamilies().stream()
                    .map(f -> new Line("f" + f.index() + " " + label(f), f, d)).toList();
            files.add(plot(outDir, "genz-errors-d" + d + ".png", stats, "d = " + d, lines));
        }
        for (GenzFamily f : settings.genzFamilies()) {
            List<Line> lines = settings.genzDims().stream().map(d -> new Line("d = " + d, f, d)).toList();
            files.add(plot(outDir, "genz-errors-f" + f.index() + ".png", stats, "f" + f.index() + " " + label(f),
                    lines));
        }
        List<MarkdownTable> tables = new ArrayList<>();
        tables.add(errorTable(stats));
        if (settings.genzFamilies().contains(GenzFamily.GAUSSIAN) && settings.genzDims().contains(2)
                && settings.genzDims().contains(5)) {
            tables.add(curseTable(stats));
        }
        SurrogateConfig c = settings.surrogate();
        String setup = String.format(Locale.ROOT, "families %s, d in %s, n in %s, %d seed(s); network %s %s, %s, "
                        + "%d epochs, batch %d, %d test points", settings.genzFamilies(), settings.genzDims(),
                settings.genzSizes(), settings.genzSeeds(), java.util.Arrays.toString(c.hiddenWidths()),
                c.activation(), c.optimizer(), c.epochs(), c.batchSize(), c.testPoints());
        return new PartReport(title(), setup, tables, files);
    }

    static List<String> csvRow(GenzRecord r) {
        return List.of(r.family().name(), Integer.toString(r.d()), Integer.toString(r.n()),
                Integer.toString(r.seed()), CsvWriter.number(r.meanAbsError()), CsvWriter.number(r.maxAbsError()),
                CsvWriter.number(r.trainingLoss()));
    }

    /** One line of a chart: the errors of family {@code family} in dimension {@code d} against n. */
    private record Line(String label, GenzFamily family, int d) {
    }

    /** Writes a chart of mean (solid) and max (dashed) error against n, one colour per line; returns its name. */
    private String plot(Path outDir, String name, GenzStats stats, String what, List<Line> lines) throws IOException {
        List<ChartSeries> series = new ArrayList<>();
        double[] ns = settings.genzSizes().stream().mapToDouble(Integer::doubleValue).toArray();
        for (int j = 0; j < lines.size(); j++) {
            Line line = lines.get(j);
            double[] mean = new double[ns.length];
            double[] max = new double[ns.length];
            for (int i = 0; i < ns.length; i++) {
                GenzStats.Cell cell = stats.cell(line.family(), line.d(), settings.genzSizes().get(i));
                mean[i] = cell.mean();
                max[i] = cell.max();
            }
            series.add(new ChartSeries(line.label() + " mean", ns, mean, j, false));
            series.add(new ChartSeries(line.label() + " max", ns, max, j, true));
        }
        PngChartWriter.write(outDir.resolve(name), new ChartSpec("Genz surrogate error, " + what + " ("
                + settings.genzSeeds() + " seed(s))", "training points n",
                "abs error on test points (solid mean, dashed max)", true, true, series));
        return name;
    }

    private MarkdownTable errorTable(GenzStats stats) {
        List<List<String>> rows = new ArrayList<>();
        int nMax = settings.genzSizes().get(settings.genzSizes().size() - 1);
        for (GenzFamily f : settings.genzFamilies()) {
            for (int d : settings.genzDims()) {
                for (int n : settings.genzSizes()) {
                    GenzStats.Cell c = stats.cell(f, d, n);
                    rows.add(List.of("f" + f.index() + " " + label(f), Integer.toString(d), Integer.toString(n),
                            String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", c.mean(), c.meanLow(), c.meanHigh()),
                            String.format(Locale.ROOT, "%.4f", c.max()), course(f, d, n, nMax)));
                }
            }
        }
        return new MarkdownTable("Errors on the test points, averaged over seeds ([min, max] over seeds):",
                List.of("family", "d", "n", "mean abs error", "max abs error", "course"), rows);
    }

    private MarkdownTable curseTable(GenzStats stats) {
        List<List<String>> rows = new ArrayList<>();
        for (int n : settings.genzSizes()) {
            double r = stats.cell(GenzFamily.GAUSSIAN, 5, n).mean() / stats.cell(GenzFamily.GAUSSIAN, 2, n).mean();
            rows.add(List.of(Integer.toString(n), String.format(Locale.ROOT, "%.2f", r), "several times"));
        }
        return new MarkdownTable("Curse of dimensionality, f4: mean error at d = 5 divided by d = 2:",
                List.of("n", "ratio d=5 / d=2", "course"), rows);
    }

    private static String course(GenzFamily f, int d, int n, int nMax) {
        if (d != 2) {
            return "-";
        }
        if (n == 500) {
            return "mean .0025-.0048 [C]; n = 1000: " + COURSE_N1000.getOrDefault(f, "-") + " [S]";
        }
        if (n == 10) {
            return "mean .09-.50 [C]";
        }
        return n == nMax ? "n = 1000: " + COURSE_N1000.getOrDefault(f, "-") + " [S]" : "-";
    }

    private static String label(GenzFamily f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
