package dlecon.solution.e7;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.StochasticDeqnConfig;
import dlecon.api.e7.TrainedPolicy;
import dlecon.api.nn.Optimizer;
import dlecon.api.nn.Parameter;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.random.RandomGenerator;

/** The Deep Equilibrium Net of the stochastic Brock-Mirman model: (z, log K) -&gt; savings rate. */
final class StochasticDeqn {

    private StochasticDeqn() {
    }

    /** Stationary standard deviation of z, sigma / sqrt(1 - rho^2) (1 if sigma = 0, to keep a usable scale). */
    static double sdZ(BrockMirman m) {
        return m.sigma() == 0 ? 1 : m.sigma() / Math.sqrt(1 - m.rho() * m.rho());
    }

    /**
     * The network (z, log K) -&gt; [scaling] -&gt; h ReLU -&gt; h ReLU -&gt; 1 logistic: the fixed scaling maps the
     * sampling box to [-1, 1]^2 (z / (zWidth sd z), (log K - mid) / half-width); dense weights Xavier-uniform from
     * {@code rng} in layer order.
     */
    static Network policyNetwork(MlpFactory mlp, BrockMirman m, StochasticDeqnConfig c, RandomGenerator rng) {
        InputScaling scaling = new InputScaling(new double[] {0, (c.logKMin() + c.logKMax()) / 2},
                new double[] {c.zWidth() * sdZ(m), (c.logKMax() - c.logKMin()) / 2});
        int h = c.hidden();
        return mlp.network(List.of(scaling, mlp.dense(2, h, InitKind.XAVIER_UNIFORM, rng),
                mlp.activationLayer(ActivationKind.RELU), mlp.dense(h, h, InitKind.XAVIER_UNIFORM, rng),
                mlp.activationLayer(ActivationKind.RELU), mlp.dense(h, 1, InitKind.XAVIER_UNIFORM, rng),
                mlp.outputLayer(OutputKind.LOGISTIC)));
    }

    /**
     * Trains for {@code config.episodes()} Adam steps at {@code eta}, then {@code config.fineEpisodes()} steps of a
     * fresh Adam at {@code fineEta}. States per episode, in this order of draws for each i:
     * z_i ~ U[-zWidth sd(z), zWidth sd(z)], then log K_i ~ U[logKMin, logKMax].
     */
    static TrainedPolicy<DoubleBinaryOperator> solve(BrockMirman model, StochasticDeqnConfig config, MlpFactory mlp,
                                      OptimizerFactory optimizers, RandomGenerator rng) {
        // BEGIN SOLUTION: E7 stochastic DEQN training: ergodic-region states each episode, one Adam step on mean r^2
        if (model == null || config == null || mlp == null || optimizers == null || rng == null) {
            throw new IllegalArgumentException("model, config, mlp, optimizers and rng must not be null");
        }
        Network net = policyNetwork(mlp, model, config, rng);
        List<Parameter> parameters = net.parameters();
        GaussHermite rule = GaussHermiteRule.create(config.nodes());
        double sd = sdZ(model);
        int total = config.episodes() + config.fineEpisodes();
        double[] history = new double[total];
        double[] z = new double[config.batchSize()];
        double[] logK = new double[config.batchSize()];
        Optimizer adam = null;
        for (int episode = 0; episode < total; episode++) {
            if (episode == 0 || episode == config.episodes()) {
                double eta = episode < config.episodes() ? config.eta() : config.fineEta();
                adam = optimizers.create(OptimizerConfig.Adam.withEta(eta));
            }
            for (int i = 0; i < z.length; i++) {
                z[i] = sd * rng.nextDouble(-config.zWidth(), config.zWidth());
                logK[i] = rng.nextDouble(config.logKMin(), config.logKMax());
            }
            history[episode] = adam.step(parameters,
                    () -> StochasticDeqnLoss.lossAndGradients(net, model, rule, z, logK));
        }
        DoubleBinaryOperator policy = (zz, lk) -> net.predict(new double[][] {{zz, lk}})[0][0];
        return new TrainedPolicy<>(policy, history);
        // END SOLUTION
    }
}
