package dlecon.reference.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instructor reference run, through the API against whatever implementation is on the class path: the
 * foundation demonstration, the Genz surrogates, the deterministic and stochastic Brock-Mirman DEQN, the
 * neoclassical model and the OLG DEQN, each writing its files into the output directory, then {@code summary.md}.
 */
public final class ReferenceRun {

    private ReferenceRun() {
    }

    /** Usage: {@code ReferenceRun [--quick] --out DIR}. */
    public static void main(String[] args) throws IOException {
        boolean quick = false;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            if ("--quick".equals(args[i])) {
                quick = true;
            } else if ("--out".equals(args[i]) && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else {
                usage();
            }
        }
        if (out == null) {
            usage();
        }
        RunSettings settings = quick ? RunSettings.quick() : RunSettings.full();
        run(parts(Implementations.load(), settings, true), settings.mode(), out);
        System.out.println("wrote " + out.resolve("summary.md"));
    }

    private static void usage() {
        System.err.println("usage: ReferenceRun [--quick] --out DIR");
        System.exit(2);
    }

    /**
     * The parts in order: demonstration, Genz, deterministic and stochastic Brock-Mirman, neoclassical, OLG.
     * Further models are appended here.
     */
    public static List<Part> parts(Implementations impl, RunSettings settings, boolean progress) {
        return List.of(new DemoPart(impl, settings.demoSeeds()), new GenzPart(impl, settings, progress),
                new BrockMirmanPart(impl, settings), new StochasticBrockMirmanPart(impl, settings.growth()),
                new NeoclassicalPart(impl, settings.growth(), settings.policyGrid()),
                new OlgPart(impl, settings.growth()));
    }

    /**
     * Creates {@code outDir} if needed, runs every part timing its wall clock, and writes {@code summary.md}.
     *
     * @return the timed reports, in the parts' order
     */
    public static List<TimedReport> run(List<Part> parts, String mode, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<TimedReport> reports = new ArrayList<>();
        for (Part p : parts) {
            System.err.println("== " + p.title());
            long t0 = System.nanoTime();
            PartReport r = p.run(outDir);
            double s = (System.nanoTime() - t0) / 1e9;
            System.err.println(String.format(Locale.ROOT, "   %.1f s", s));
            reports.add(new TimedReport(r, s));
        }
        MarkdownWriter.writeSummary(outDir.resolve("summary.md"), mode, reports);
        return reports;
    }
}
