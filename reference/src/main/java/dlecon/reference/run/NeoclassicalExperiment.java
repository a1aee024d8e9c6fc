package dlecon.reference.run;

import dlecon.api.e7.TrainedPolicy;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * The neoclassical model (computation only): for seeds 0 .. seeds-1, solves with {@code new SplittableRandom(seed)},
 * evaluates phi(k), g(k) = (1 - delta) k + phi(k) k^theta and R(k) on {@code gridSize} equally spaced k in
 * [kLow k*, kHigh k*], and finds the policy's fixed point by iterating g from 0.6 k*.
 */
public final class NeoclassicalExperiment {

    /** Iterations of k' = g(k) from 0.6 k* (the distance to k* shrinks by about g'(k*) ~ 0.9 per step). */
    public static final int ITERATIONS = 3000;
    /** Start of the iteration as a multiple of k*. */
    public static final double START = 0.6;

    private final Implementations impl;
    private final GrowthSettings settings;
    private final Neoclassical model;
    private final int gridSize;

    /** @param gridSize number of k on the comparison grid, at least 2 */
    public NeoclassicalExperiment(Implementations impl, GrowthSettings settings, Neoclassical model, int gridSize) {
        if (gridSize < 2) {
            throw new IllegalArgumentException("the grid needs at least 2 points, got " + gridSize);
        }
        this.impl = impl;
        this.settings = settings;
        this.model = model;
        this.gridSize = gridSize;
    }

    /** The calibration solved. */
    public Neoclassical model() {
        return model;
    }

    /** Runs every seed. */
    public List<NeoclassicalRun> run() {
        GrowthModels g = impl.growth();
        List<NeoclassicalRun> runs = new ArrayList<>();
        double kStar = model.steadyStateCapital();
        double lo = settings.neoclassical().kLow() * kStar;
        double hi = settings.neoclassical().kHigh() * kStar;
        for (int seed = 0; seed < settings.seeds(); seed++) {
            TrainedPolicy<DoubleUnaryOperator> r = g.solveNeoclassical(model, settings.neoclassical(), impl.mlp(),
                    impl.optimizers(), new SplittableRandom(seed));
            DoubleUnaryOperator phi = r.policy();
            List<NeoclassicalPoint> grid = new ArrayList<>();
            for (int i = 0; i < gridSize; i++) {
                double k = lo + (hi - lo) * i / (gridSize - 1);
                double share = phi.applyAsDouble(k);
                grid.add(new NeoclassicalPoint(k, share, next(k, share),
                        g.neoclassicalResidual(model, phi, k)));
            }
            double k = START * kStar;
            for (int t = 0; t < ITERATIONS; t++) {
                k = next(k, phi.applyAsDouble(k));
            }
            runs.add(new NeoclassicalRun(seed, grid, k, r.lossHistory()));
        }
        return runs;
    }

    private double next(double k, double share) {
        return (1 - model.delta()) * k + share * Math.pow(k, model.theta());
    }
}
