package dlecon.solution.e3;

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
import dlecon.api.nn.Layer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** E3 entry point: builds the activations, losses, initialisers, layers, networks and trainer of the exercise. */
public final class MlpSolution implements MlpFactory {

    /** Public no-argument constructor, as {@link dlecon.api.Exercise#E3} requires. */
    public MlpSolution() {
    }

    @Override
    public Activation activation(ActivationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case IDENTITY -> new IdentityActivation();
            case SIGMOID -> new Sigmoid();
            case TANH -> new Tanh();
            case RELU -> new Relu();
            case LEAKY_RELU -> new LeakyRelu();
            case SWISH -> new Swish();
        };
    }

    @Override
    public Loss loss(LossKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case MSE -> new MeanSquaredError();
            case BINARY_CROSS_ENTROPY -> new BinaryCrossEntropy();
            case SOFTMAX_CROSS_ENTROPY -> new SoftmaxCrossEntropy();
        };
    }

    @Override
    public Initializer initializer(InitKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case MARSLAND_UNIFORM -> new MarslandUniform();
            case XAVIER_UNIFORM -> new XavierUniform();
            case HE_NORMAL -> new HeNormal();
        };
    }

    @Override
    public Layer dense(int nIn, int nOut, InitKind init, RandomGenerator rng) {
        Shapes.requireLayerSize(nIn, nOut, rng);
        return new DenseLayer(nIn, nOut, initializer(init).weights(nIn, nOut, rng));
    }

    @Override
    public Layer activationLayer(ActivationKind kind) {
        Activation g = activation(kind);
        return new ActivationLayer(kind.name().toLowerCase(Locale.ROOT), g);
    }

    @Override
    public Layer outputLayer(OutputKind kind) {
        return new OutputLayer(kind);
    }

    @Override
    public Network network(List<Layer> layers) {
        return new SequentialNetwork(layers);
    }

    @Override
    public Trainer trainer() {
        return new MiniBatchTrainer();
    }

    @Override
    public int[][] confusionMatrix(double[][] y, double[][] t) {
        return Classification.confusionMatrix(y, t);
    }

    @Override
    public double accuracy(int[][] confusion) {
        return Classification.accuracy(confusion);
    }

    @Override
    public MarslandMlp marsland(int nIn, int nHidden, int nOut, double beta, double momentum, OutputKind output,
                                RandomGenerator rng) {
        return new MarslandNetwork(nIn, nHidden, nOut, beta, momentum, output, rng);
    }
}
