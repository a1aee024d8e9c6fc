package dlecon.reference.run;

import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgPolicy;
import dlecon.api.e7.TrainedPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The OLG DEQN (computation only): for seeds 0 .. seeds-1, solves with {@code new SplittableRandom(seed)} and
 * simulates the trained policy: from k_i = kStart for every age, eta and delta drawn each period by
 * {@code nextBoolean()} (high if true; eta first) from {@code new SplittableRandom(}{@link #SHOCK_SEED}{@code )},
 * K = sum k_i, r = alpha eta K^(alpha-1) + 1 - delta, w = (1 - alpha) eta K^alpha, x_1 = w, x_i = r k_i and
 * k'_{i+1} = s_i x_i. After {@link #BURN_IN} unrecorded periods, records T periods of shares and relative Euler
 * errors.
 */
public final class OlgExperiment {

    /** Seed of the shocks of every simulated path. */
    public static final long SHOCK_SEED = 1000;
    /** Periods simulated before recording, to leave the starting point kStart. */
    public static final int BURN_IN = 100;

    private final Implementations impl;
    private final GrowthSettings settings;
    private final Olg model;

    public OlgExperiment(Implementations impl, GrowthSettings settings, Olg model) {
        this.impl = impl;
        this.settings = settings;
        this.model = model;
    }

    /** The calibration solved. */
    public Olg model() {
        return model;
    }

    /** Runs every seed. */
    public List<OlgRun> run() {
        List<OlgRun> runs = new ArrayList<>();
        for (int seed = 0; seed < settings.seeds(); seed++) {
            TrainedPolicy<OlgPolicy> r = impl.growth().solveOlg(model, settings.olg(), impl.mlp(), impl.optimizers(),
                    new SplittableRandom(seed));
            runs.add(new OlgRun(seed, simulate(r.policy()), r.lossHistory()));
        }
        return runs;
    }

    private List<OlgPoint> simulate(OlgPolicy policy) {
        GrowthModels g = impl.growth();
        int ages = model.cohorts() - 1;
        double[] exact = model.exactSavingsShares();
        double[] k = new double[ages];
        Arrays.fill(k, settings.olg().kStart());
        SplittableRandom shocks = new SplittableRandom(SHOCK_SEED);
        List<OlgPoint> points = new ArrayList<>();
        for (int t = -BURN_IN; t < settings.periods(); t++) {
            double eta = shocks.nextBoolean() ? model.etaHigh() : model.etaLow();
            double delta = shocks.nextBoolean() ? model.deltaHigh() : model.deltaLow();
            double[] s = policy.savingsShares(eta, delta, k);
            if (t >= 0) {
                double[] e = g.olgEulerErrors(model, policy, eta, delta, k);
                for (int i = 0; i < ages; i++) {
                    double holding = i == 0 ? 0 : k[i - 1];
                    points.add(new OlgPoint(t, eta, delta, i + 1, holding, s[i], exact[i],
                            Math.log10(Math.abs(e[i]))));
                }
            }
            k = next(eta, delta, k, s);
        }
        return points;
    }

    /** k'_{i+1} = s_i x_i with x_1 = w, x_i = r k_i. */
    private double[] next(double eta, double delta, double[] k, double[] s) {
        double capital = Arrays.stream(k).sum();
        double r = model.alpha() * eta * Math.pow(capital, model.alpha() - 1) + 1 - delta;
        double w = (1 - model.alpha()) * eta * Math.pow(capital, model.alpha());
        double[] next = new double[k.length];
        for (int i = 0; i < k.length; i++) {
            double income = i == 0 ? w : r * k[i - 1];
            next[i] = s[i] * income;
        }
        return next;
    }
}
