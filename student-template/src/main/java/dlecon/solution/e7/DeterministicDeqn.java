package dlecon.solution.e7;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import dlecon.api.e7.TrainedPolicy;
import dlecon.api.nn.Optimizer;
import dlecon.api.nn.Parameter;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/** The Deep Equilibrium Net of the deterministic Brock-Mirman model (course notebook day2/01). */
final class DeterministicDeqn {

    private DeterministicDeqn() {
    }

    /**
     * The savings-rate network 1 -&gt; h ReLU -&gt; h ReLU -&gt; 1 logistic, all weights Xavier-uniform
     * (Keras's default, as in the course notebook; He-normal gave max relative policy errors about twice as
     * large), drawn from {@code rng} in layer order.
     */
    static Network policyNetwork(MlpFactory mlp, int hidden, RandomGenerator rng) {
        return mlp.network(List.of(mlp.dense(1, hidden, InitKind.XAVIER_UNIFORM, rng),
                mlp.activationLayer(ActivationKind.RELU), mlp.dense(hidden, hidden, InitKind.XAVIER_UNIFORM, rng),
                mlp.activationLayer(ActivationKind.RELU), mlp.dense(hidden, 1, InitKind.XAVIER_UNIFORM, rng),
                mlp.outputLayer(OutputKind.LOGISTIC)));
    }

    /** Trains the network for {@code config.episodes()} Adam steps on fresh states and returns its policy. */
    static TrainedPolicy<DoubleUnaryOperator> solve(BrockMirman model, DeqnConfig config, MlpFactory mlp,
                            OptimizerFactory optimizers, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO E7 DEQN training loop: fresh states each episode, one Adam step on mean errREE^2");
    }
}
