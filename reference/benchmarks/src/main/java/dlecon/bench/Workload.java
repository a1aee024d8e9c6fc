package dlecon.bench;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One benchmark workload, identical to {@code bench/torch_step.py}: an MLP with ReLU hidden layers, a batch of 64
 * random rows, and one training step = zero gradients, forward, loss, backward, Adam update (eta 1e-3).
 * Regression networks (one output) use identity output and MSE; classifiers use softmax and cross-entropy with
 * random one-hot targets.
 */
public final class Workload {

    /** Rows per batch. */
    public static final int BATCH = 64;

    private final Network network;
    private final Optimizer adam;
    private final Loss loss;
    private final double[][] x;
    private final double[][] t;

    /**
     * @param sizes layer widths, e.g. {1, 50, 50, 1} or {784, 128, 10}
     * @param seed  seed of weights and data
     */
    public Workload(int[] sizes, MlpFactory mlp, OptimizerFactory optimizers, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i + 1 < sizes.length; i++) {
            boolean last = i + 2 == sizes.length;
            layers.add(mlp.dense(sizes[i], sizes[i + 1], last ? InitKind.XAVIER_UNIFORM : InitKind.HE_NORMAL, rng));
            if (!last) {
                layers.add(mlp.activationLayer(ActivationKind.RELU));
            }
        }
        int out = sizes[sizes.length - 1];
        boolean classifier = out > 1;
        layers.add(mlp.outputLayer(classifier ? OutputKind.SOFTMAX : OutputKind.IDENTITY));
        network = mlp.network(layers);
        loss = mlp.loss(classifier ? LossKind.SOFTMAX_CROSS_ENTROPY : LossKind.MSE);
        adam = optimizers.create(OptimizerConfig.Adam.defaults());
        x = new double[BATCH][sizes[0]];
        t = new double[BATCH][out];
        for (int n = 0; n < BATCH; n++) {
            for (int j = 0; j < sizes[0]; j++) {
                x[n][j] = rng.nextDouble();
            }
            if (classifier) {
                t[n][rng.nextInt(out)] = 1;
            } else {
                t[n][0] = Math.sin(3 * x[n][0]);
            }
        }
    }

    /** One training step; returns the loss before the update. */
    public double step() {
        return adam.step(network.parameters(), () -> network.lossAndGradients(x, t, loss, true));
    }
}
