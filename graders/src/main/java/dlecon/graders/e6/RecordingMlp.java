package dlecon.graders.e6;

import dlecon.api.data.Dataset;
import dlecon.api.e3.Activation;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.Initializer;
import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MarslandMlp;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.e3.Trainer;
import dlecon.api.e3.TrainingConfig;
import dlecon.api.e3.TrainingHistory;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Optimizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The submission's E3 and E4 factories, unchanged in what they do, with a record of what the surrogate experiment
 * asked of them: every dense layer (sizes, initialiser, generator, draws before and after), the kind of every
 * activation, output layer and loss handed out, every network, training run and optimizer.
 */
final class RecordingMlp implements MlpFactory, OptimizerFactory {

    /** One {@code dense} call; {@code from} and {@code to} count the generator's calls before and after it. */
    record Dense(int nIn, int nOut, InitKind init, RandomGenerator rng, int from, int to, Layer layer) {
    }

    /** One {@code network} call: the layers it was given (a copy of the list) and the network returned. */
    record Net(List<Layer> layers, Network network) {
    }

    /** One {@code train} call, with copies of the training data and the generator's count before and after. */
    record Train(Network network, Loss loss, Optimizer optimizer, double[][] x, double[][] t, Dataset validation,
                 TrainingConfig config, RandomGenerator rng, int from, int to, TrainingHistory history) {
    }

    /** One {@code create} call of the optimizer factory. */
    record Created(OptimizerConfig config, Optimizer optimizer) {
    }

    private final MlpFactory mlp;
    private final OptimizerFactory optimizers;
    private final RecordingRandom rng;
    final List<Dense> dense = new ArrayList<>();
    final Map<Layer, ActivationKind> activations = new IdentityHashMap<>();
    final Map<Layer, OutputKind> outputs = new IdentityHashMap<>();
    final Map<Loss, LossKind> losses = new IdentityHashMap<>();
    final List<Net> networks = new ArrayList<>();
    final List<Train> trainings = new ArrayList<>();
    final List<Created> created = new ArrayList<>();

    /**
     * @param rng the generator given to the surrogate, whose calls are counted
     */
    RecordingMlp(MlpFactory mlp, OptimizerFactory optimizers, RecordingRandom rng) {
        this.mlp = mlp;
        this.optimizers = optimizers;
        this.rng = rng;
    }

    @Override
    public Activation activation(ActivationKind kind) {
        return mlp.activation(kind);
    }

    @Override
    public Loss loss(LossKind kind) {
        Loss l = mlp.loss(kind);
        losses.put(l, kind);
        return l;
    }

    @Override
    public Initializer initializer(InitKind kind) {
        return mlp.initializer(kind);
    }

    @Override
    public Layer dense(int nIn, int nOut, InitKind init, RandomGenerator r) {
        int from = rng.count();
        Layer layer = mlp.dense(nIn, nOut, init, r);
        dense.add(new Dense(nIn, nOut, init, r, from, rng.count(), layer));
        return layer;
    }

    @Override
    public Layer activationLayer(ActivationKind kind) {
        Layer layer = mlp.activationLayer(kind);
        activations.put(layer, kind);
        return layer;
    }

    @Override
    public Layer outputLayer(OutputKind kind) {
        Layer layer = mlp.outputLayer(kind);
        outputs.put(layer, kind);
        return layer;
    }

    @Override
    public Network network(List<Layer> layers) {
        List<Layer> copy = new ArrayList<>(layers);
        Network n = mlp.network(layers);
        networks.add(new Net(copy, n));
        return n;
    }

    @Override
    public Trainer trainer() {
        Trainer inner = mlp.trainer();
        return (network, loss, optimizer, train, validation, config, r) -> {
            double[][] x = deepCopy(train.x());
            double[][] t = deepCopy(train.t());
            int from = rng.count();
            TrainingHistory h = inner.train(network, loss, optimizer, train, validation, config, r);
            trainings.add(new Train(network, loss, optimizer, x, t, validation, config, r, from, rng.count(), h));
            return h;
        };
    }

    @Override
    public int[][] confusionMatrix(double[][] y, double[][] t) {
        return mlp.confusionMatrix(y, t);
    }

    @Override
    public double accuracy(int[][] confusion) {
        return mlp.accuracy(confusion);
    }

    @Override
    public MarslandMlp marsland(int nIn, int nHidden, int nOut, double beta, double momentum, OutputKind output,
                                RandomGenerator r) {
        return mlp.marsland(nIn, nHidden, nOut, beta, momentum, output, r);
    }

    @Override
    public Optimizer create(OptimizerConfig config) {
        Optimizer o = optimizers.create(config);
        created.add(new Created(config, o));
        return o;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
