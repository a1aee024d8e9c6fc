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
        throw new UnsupportedOperationException("TODO E7 stochastic DEQN training: ergodic-region states each episode, one Adam step on mean r^2");
    }
}
