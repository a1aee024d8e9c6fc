package dlecon.reference.run;

import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import dlecon.api.e7.TrainedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * The deterministic Brock-Mirman DEQN (computation only): for seeds 0 .. deqnSeeds-1, solves with
 * {@code new SplittableRandom(seed)} and compares the policy with the closed form s* = alpha beta on
 * {@code policyGrid} equally spaced K in [kMin, kMax].
 */
public final class DeqnExperiment {

    private final Implementations impl;
    private final RunSettings settings;
    private final BrockMirman model;

    public DeqnExperiment(Implementations impl, RunSettings settings, BrockMirman model) {
        this.impl = impl;
        this.settings = settings;
        this.model = model;
    }

    /** The calibration solved. */
    public BrockMirman model() {
        return model;
    }

    /** Runs every seed. */
    public List<DeqnRun> run() {
        List<DeqnRun> runs = new ArrayList<>();
        DeqnConfig c = settings.deqn();
        for (int seed = 0; seed < settings.deqnSeeds(); seed++) {
            TrainedPolicy<DoubleUnaryOperator> r = impl.growth().solveDeterministic(model, c, impl.mlp(),
                    impl.optimizers(), new SplittableRandom(seed));
            List<PolicyPoint> grid = new ArrayList<>();
            int m = settings.policyGrid();
            double star = model.savingsRate();
            for (int i = 0; i < m; i++) {
                double k = c.kMin() + (c.kMax() - c.kMin()) * i / (m - 1);
                double s = r.policy().applyAsDouble(k);
                grid.add(new PolicyPoint(k, s, star, Math.abs(s - star)));
            }
            runs.add(new DeqnRun(seed, grid, r.lossHistory()));
        }
        return runs;
    }
}
