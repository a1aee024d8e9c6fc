package dlecon.reference.run;

import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.SimulationPath;
import dlecon.api.e7.StochasticDeqnConfig;
import dlecon.api.e7.TrainedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

/**
 * The stochastic Brock-Mirman DEQN (computation only): for seeds 0 .. seeds-1, solves with
 * {@code new SplittableRandom(seed)}, simulates T periods of the trained policy and evaluates the Euler residual
 * r = beta E[(C/C') (alpha Z' K'^(alpha-1) + 1 - delta)] - 1 (Gauss-Hermite rule of the config's nodes) at every
 * period. All paths, and the closed-form policy's path, use the same shocks, {@code new SplittableRandom(}
 * {@link #SHOCK_SEED}{@code )}, so their moments differ only through the policies.
 */
public final class StochasticExperiment {

    /** Seed of the innovations of every simulated path. */
    public static final long SHOCK_SEED = 1000;

    private final Implementations impl;
    private final GrowthSettings settings;
    private final BrockMirman model;

    public StochasticExperiment(Implementations impl, GrowthSettings settings, BrockMirman model) {
        this.impl = impl;
        this.settings = settings;
        this.model = model;
    }

    /** The calibration solved. */
    public BrockMirman model() {
        return model;
    }

    /** Runs every seed. */
    public List<StochasticRun> run() {
        StochasticDeqnConfig c = settings.stochastic();
        GrowthModels g = impl.growth();
        List<StochasticRun> runs = new ArrayList<>();
        for (int seed = 0; seed < settings.seeds(); seed++) {
            TrainedPolicy<DoubleBinaryOperator> r = g.solveStochastic(model, c, impl.mlp(), impl.optimizers(),
                    new SplittableRandom(seed));
            runs.add(evaluate(seed, r.policy(), r.lossHistory()));
        }
        return runs;
    }

    /** The closed-form policy s = alpha beta on the same shocks (empty loss history). */
    public StochasticRun closedForm() {
        double s = model.savingsRate();
        return evaluate(-1, (z, logK) -> s, new double[0]);
    }

    private StochasticRun evaluate(int seed, DoubleBinaryOperator policy, double[] loss) {
        GrowthModels g = impl.growth();
        GaussHermite rule = g.gaussHermite(settings.stochastic().nodes());
        SimulationPath path = g.simulate(model, policy, settings.periods(), new SplittableRandom(SHOCK_SEED));
        double[] z = path.z();
        double[] logK = path.logK();
        double[] res = new double[z.length];
        for (int t = 0; t < z.length; t++) {
            res[t] = g.stochasticResidual(model, policy, rule, z[t], logK[t]);
        }
        return new StochasticRun(seed, path, res, model.savingsRate(), loss);
    }
}
