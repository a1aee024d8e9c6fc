package dlecon.graders.e3;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * One random architecture and batch for the gradient check: 1 to 3 hidden layers of width 1 to 5 with any hidden
 * activation, every valid (output, loss) pair, input widths 1 to 3, batches of 1 to 5 rows, random weights, biases,
 * inputs and targets (all drawn from {@code seed}). QuickTheories shrinks a failing case towards fewer and smaller
 * layers and batches.
 *
 * @param nIn         input width
 * @param hidden      hidden widths
 * @param activations hidden activations
 * @param nOut        output width
 * @param pair        index into {@link #OUTPUTS} and {@link #LOSSES}
 * @param batch       rows N
 * @param seed        seed of weights and data
 */
record BackpropCase(int nIn, int[] hidden, ActivationKind[] activations, int nOut, int pair, int batch, long seed) {

    /** The valid (output function, loss) pairs: MSE with any output, BCE with logistic, softmax CE with softmax. */
    static final List<OutputKind> OUTPUTS = List.of(OutputKind.IDENTITY, OutputKind.LOGISTIC, OutputKind.SOFTMAX,
            OutputKind.LOGISTIC, OutputKind.SOFTMAX);
    /** Losses matching {@link #OUTPUTS}. */
    static final List<LossKind> LOSSES = List.of(LossKind.MSE, LossKind.MSE, LossKind.MSE,
            LossKind.BINARY_CROSS_ENTROPY, LossKind.SOFTMAX_CROSS_ENTROPY);

    OutputKind output() {
        return OUTPUTS.get(pair);
    }

    LossKind loss() {
        return LOSSES.get(pair);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(nIn);
        for (int i = 0; i < hidden.length; i++) {
            s.append(" -> dense ").append(hidden[i]).append(" -> ").append(activations[i]);
        }
        return s.append(" -> dense ").append(nOut).append(" -> ").append(output()).append(" output, loss ")
                .append(loss()).append(", batch of ").append(batch).append(" rows, data seed ").append(seed)
                .toString();
    }

    /** True for each layer of {@link #network} whose input signs matter (ReLU and leaky ReLU). */
    boolean[] kinks() {
        boolean[] k = new boolean[2 * hidden.length + 2];
        for (int i = 0; i < hidden.length; i++) {
            k[2 * i + 1] = activations[i] == ActivationKind.RELU || activations[i] == ActivationKind.LEAKY_RELU;
        }
        return k;
    }

    /** dense, activation, ..., dense, output; weights Xavier, every entry then moved by N(0, 0.1^2). */
    Network network(MlpFactory mlp) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Layer> layers = new ArrayList<>();
        int width = nIn;
        for (int i = 0; i < hidden.length; i++) {
            layers.add(mlp.dense(width, hidden[i], InitKind.XAVIER_UNIFORM, rng));
            layers.add(mlp.activationLayer(activations[i]));
            width = hidden[i];
        }
        layers.add(mlp.dense(width, nOut, InitKind.XAVIER_UNIFORM, rng));
        layers.add(mlp.outputLayer(output()));
        Network net = mlp.network(layers);
        for (Parameter p : net.parameters()) {
            for (int i = 0; i < p.size(); i++) {
                p.values()[i] += p.rows() == 1 ? rng.nextDouble(-0.5, 0.5) : 0.1 * rng.nextGaussian();
            }
        }
        return net;
    }

    double[][] inputs() {
        SplittableRandom rng = new SplittableRandom(seed + 1);
        double[][] x = new double[batch][nIn];
        for (double[] row : x) {
            for (int k = 0; k < nIn; k++) {
                row[k] = rng.nextDouble(-2, 2);
            }
        }
        return x;
    }

    /** MSE: U(-1, 1); BCE: 0, 1 or a probability; softmax CE: one-hot or a probability row. */
    double[][] targets() {
        SplittableRandom rng = new SplittableRandom(seed + 2);
        double[][] t = new double[batch][nOut];
        for (double[] row : t) {
            switch (loss()) {
                case MSE -> {
                    for (int k = 0; k < nOut; k++) {
                        row[k] = rng.nextDouble(-1, 1);
                    }
                }
                case BINARY_CROSS_ENTROPY -> {
                    for (int k = 0; k < nOut; k++) {
                        row[k] = rng.nextBoolean() ? rng.nextInt(2) : rng.nextDouble();
                    }
                }
                case SOFTMAX_CROSS_ENTROPY -> {
                    if (rng.nextBoolean()) {
                        row[rng.nextInt(nOut)] = 1;
                    } else {
                        double sum = 0;
                        for (int k = 0; k < nOut; k++) {
                            row[k] = 0.01 + rng.nextDouble();
                            sum += row[k];
                        }
                        for (int k = 0; k < nOut; k++) {
                            row[k] /= sum;
                        }
                    }
                }
                default -> throw new IllegalStateException("unknown loss " + loss());
            }
        }
        return t;
    }

    /** The generator: shrinks towards depth 1, width 1, one input, one output, the MSE pair and one row. */
    static Gen<BackpropCase> cases() {
        Gen<int[]> sizes = integers().between(1, 3).zip(integers().between(1, 3), integers().between(1, 3),
                integers().between(0, 4), integers().between(1, 5),
                (depth, nIn, nOut, pair, batch) -> new int[] {depth, nIn, nOut, pair, batch});
        Gen<int[]> widths = Generate.intArrays(Generate.constant(3), integers().between(1, 5));
        Gen<int[]> acts = Generate.intArrays(Generate.constant(3),
                integers().between(0, ActivationKind.values().length - 1));
        return sizes.zip(widths, acts, longs().all(), (s, w, a, seed) -> {
            int depth = s[0];
            ActivationKind[] kinds = new ActivationKind[depth];
            for (int i = 0; i < depth; i++) {
                kinds[i] = ActivationKind.values()[a[i]];
            }
            // Softmax over one output is the constant 1: give softmax pairs at least two outputs.
            int nOut = OUTPUTS.get(s[3]) == OutputKind.SOFTMAX ? s[2] + 1 : s[2];
            return new BackpropCase(s[1], Arrays.copyOf(w, depth), kinds, nOut, s[3], s[4], seed);
        });
    }
}
