package dlecon.reference.run;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzFunction;
import dlecon.api.e6.SurrogateConfig;
import dlecon.api.e6.SurrogateError;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The course's Genz exercise (computation only): for every family, dimension d and seed, parameters are drawn with
 * {@code drawParameters(family, d, new SplittableRandom(parameterSeed(family, d, seed)))}, so that all n share the
 * same function; each fit then uses {@code new SplittableRandom(fitSeed(family, d, n, seed))} for its training
 * points, weights, batches and test points.
 */
public final class GenzExperiment {

    private final Implementations impl;
    private final RunSettings settings;
    private final boolean progress;

    /** @param progress whether to show a progress bar on standard error */
    public GenzExperiment(Implementations impl, RunSettings settings, boolean progress) {
        this.impl = impl;
        this.settings = settings;
        this.progress = progress;
    }

    /** Number of surrogate fits: families x dimensions x sizes x seeds. */
    public int size() {
        return settings.genzFamilies().size() * settings.genzDims().size() * settings.genzSizes().size()
                * settings.genzSeeds();
    }

    /** Runs every fit, ordered by family, d, n, seed. */
    public List<GenzRecord> run() {
        List<GenzRecord> out = new ArrayList<>();
        try (ProgressBar bar = progress ? bar() : null) {
            for (GenzFamily family : settings.genzFamilies()) {
                for (int d : settings.genzDims()) {
                    List<GenzFunction> functions = new ArrayList<>();
                    for (int seed = 0; seed < settings.genzSeeds(); seed++) {
                        functions.add(impl.genz().create(family, impl.genz().drawParameters(family, d,
                                new SplittableRandom(parameterSeed(family, d, seed)))));
                    }
                    for (int n : settings.genzSizes()) {
                        for (int seed = 0; seed < settings.genzSeeds(); seed++) {
                            if (bar != null) {
                                bar.setExtraMessage(" f" + family.index() + " d=" + d + " n=" + n);
                            }
                            out.add(fit(functions.get(seed), n, seed));
                            if (bar != null) {
                                bar.step();
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private GenzRecord fit(GenzFunction f, int n, int seed) {
        SurrogateConfig config = settings.surrogate();
        SurrogateError e = impl.genz().surrogate(f, n, config, impl.mlp(), impl.optimizers(),
                new SplittableRandom(fitSeed(f.family(), f.dimension(), n, seed)));
        return new GenzRecord(f.family(), f.dimension(), n, seed, e.meanAbsError(), e.maxAbsError(),
                e.trainingLoss());
    }

    private ProgressBar bar() {
        return new ProgressBarBuilder().setTaskName("Genz surrogates").setInitialMax(size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    /** Seed of the parameter draw: (7 seed + j) 1000 + d for f_j, distinct for j &lt;= 6 and d &lt; 1000. */
    static long parameterSeed(GenzFamily family, int d, int seed) {
        return (seed * 7L + family.index()) * 1000L + d;
    }

    /** Seed of one fit: the parameter seed combined with n. */
    static long fitSeed(GenzFamily family, int d, int n, int seed) {
        return parameterSeed(family, d, seed) * 100_003L + n;
    }
}
