package dlecon.graders.e3;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * One random architecture and batch for the gradient check: an optional first layer without weights of its own (an
 * activation layer, or the grader's {@link Scale} layer, whose parameters no dense layer owns), 0 to 3 hidden dense
 * layers of width 1 to 5 with any hidden activation, a last dense layer, then an output layer and loss of any of the
 * {@link #OUTPUTS} pairs (or none: the network ends with the dense layer), input widths 1 to 3, batches of 1 to 5 rows,
 * random weights, biases, inputs and targets (all drawn from {@code seed}). QuickTheories shrinks a failing case
 * towards fewer and smaller layers and batches.
 *
 * @param nIn         input width
 * @param front       0: no first layer; 1: an activation layer of kind {@code frontKind}; 2: a {@link Scale} layer
 * @param frontKind   the first activation layer's kind (front = 1)
 * @param hidden      hidden widths
 * @param activations hidden activations
 * @param nOut        output width
 * @param pair        index into {@link #OUTPUTS} and {@link #LOSSES}
 * @param batch       rows N
 * @param seed        seed of weights and data
 */
record BackpropCase(int nIn, int front, ActivationKind frontKind, int[] hidden, ActivationKind[] activations, int nOut,
                    int pair, int batch, long seed) {

    /**
     * The output functions (null: no output layer) of the (output, loss) pairs: MSE with any output; binary and
     * softmax cross-entropy with logistic and softmax outputs (outputs in (0, 1)).
     */
    static final List<OutputKind> OUTPUTS = Arrays.asList(OutputKind.IDENTITY, null, OutputKind.LOGISTIC,
            OutputKind.SOFTMAX, OutputKind.LOGISTIC, OutputKind.SOFTMAX, OutputKind.LOGISTIC, OutputKind.SOFTMAX);
    /** Losses matching {@link #OUTPUTS}. */
    static final List<LossKind> LOSSES = List.of(LossKind.MSE, LossKind.MSE, LossKind.MSE, LossKind.MSE,
            LossKind.BINARY_CROSS_ENTROPY, LossKind.BINARY_CROSS_ENTROPY, LossKind.SOFTMAX_CROSS_ENTROPY,
            LossKind.SOFTMAX_CROSS_ENTROPY);

    OutputKind output() {
        return OUTPUTS.get(pair);
    }

    LossKind loss() {
        return LOSSES.get(pair);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(nIn);
        if (front == 1) {
            s.append(" -> ").append(frontKind);
        } else if (front == 2) {
            s.append(" -> the grader's scale layer y = x * s");
        }
        for (int i = 0; i < hidden.length; i++) {
            s.append(" -> dense ").append(hidden[i]).append(" -> ").append(activations[i]);
        }
        s.append(" -> dense ").append(nOut);
        if (output() != null) {
            s.append(" -> ").append(output()).append(" output");
        }
        return s.append(", loss ").append(loss()).append(", batch of ").append(batch).append(" rows, data seed ")
                .append(seed).toString();
    }

    /** True for each layer of {@link #network} whose input signs matter (ReLU and leaky ReLU). */
    boolean[] kinks() {
        List<Boolean> k = new ArrayList<>();
        if (front > 0) {
            k.add(front == 1 && kinked(frontKind));
        }
        for (ActivationKind a : activations) {
            k.add(false);
            k.add(kinked(a));
        }
        k.add(false);
        if (output() != null) {
            k.add(false);
        }
        boolean[] out = new boolean[k.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = k.get(i);
        }
        return out;
    }

    private static boolean kinked(ActivationKind a) {
        return a == ActivationKind.RELU || a == ActivationKind.LEAKY_RELU;
    }

    /** [first,] dense, activation, ..., dense[, output]; weights Xavier, then every entry moved by N(0, 0.1^2). */
    Network network(MlpFactory mlp) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Layer> layers = new ArrayList<>();
        if (front == 1) {
            layers.add(mlp.activationLayer(frontKind));
        } else if (front == 2) {
            layers.add(new Scale(nIn));
        }
        int width = nIn;
        for (int i = 0; i < hidden.length; i++) {
            layers.add(mlp.dense(width, hidden[i], InitKind.XAVIER_UNIFORM, rng));
            layers.add(mlp.activationLayer(activations[i]));
            width = hidden[i];
        }
        layers.add(mlp.dense(width, nOut, InitKind.XAVIER_UNIFORM, rng));
        if (output() != null) {
            layers.add(mlp.outputLayer(output()));
        }
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

    /** MSE: U(-1, 1); binary cross-entropy: 0, 1 or a probability; softmax cross-entropy: one-hot or a probability row. */
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

    /** The generator: shrinks towards no first layer, depth 0, width 1, one input, one output, IDENTITY + MSE, one row. */
    static Gen<BackpropCase> cases() {
        Gen<int[]> sizes = integers().between(0, 3).zip(integers().between(1, 3), integers().between(1, 3),
                integers().between(0, OUTPUTS.size() - 1), integers().between(1, 5),
                (depth, nIn, nOut, pair, batch) -> new int[] {depth, nIn, nOut, pair, batch});
        Gen<int[]> widths = Generate.intArrays(Generate.constant(3), integers().between(1, 5));
        Gen<int[]> acts = Generate.intArrays(Generate.constant(4),
                integers().between(0, ActivationKind.values().length - 1));
        Gen<long[]> frontAndSeed = integers().between(0, 2).zip(longs().all(), (f, s) -> new long[] {f, s});
        return sizes.zip(widths, acts, frontAndSeed, (s, w, a, fs) -> {
            int depth = s[0];
            ActivationKind[] kinds = new ActivationKind[depth];
            for (int i = 0; i < depth; i++) {
                kinds[i] = ActivationKind.values()[a[i]];
            }
            // Softmax over one output is the constant 1: give softmax pairs at least two outputs.
            int nOut = OUTPUTS.get(s[3]) == OutputKind.SOFTMAX ? s[2] + 1 : s[2];
            return new BackpropCase(s[1], (int) fs[0], ActivationKind.values()[a[3]], Arrays.copyOf(w, depth), kinds,
                    nOut, s[3], s[4], fs[1]);
        });
    }

    /**
     * The grader's own layer with parameters, y = x * s column-wise (s a 1 x n parameter, starting at 1): a network
     * must pass any {@link Layer} through its forward and backward passes, and collect its parameters.
     */
    static final class Scale implements Layer {
        private final ArrayParameter s;
        private double[][] input;

        Scale(int width) {
            s = ArrayParameter.zeros("scale.s", 1, width);
            Arrays.fill(s.values(), 1.0);
        }

        @Override
        public String name() {
            return "scale";
        }

        @Override
        public int inputSize() {
            return s.cols();
        }

        @Override
        public int outputSize() {
            return s.cols();
        }

        @Override
        public double[][] forward(double[][] x, boolean training) {
            input = x;
            double[][] y = new double[x.length][s.cols()];
            for (int r = 0; r < x.length; r++) {
                for (int j = 0; j < s.cols(); j++) {
                    y[r][j] = x[r][j] * s.values()[j];
                }
            }
            return y;
        }

        @Override
        public double[][] backward(double[][] gradOutput) {
            if (input == null) {
                throw new IllegalStateException("scale: backward before forward");
            }
            double[][] dx = new double[gradOutput.length][s.cols()];
            for (int r = 0; r < gradOutput.length; r++) {
                for (int j = 0; j < s.cols(); j++) {
                    s.gradients()[j] += input[r][j] * gradOutput[r][j];
                    dx[r][j] = gradOutput[r][j] * s.values()[j];
                }
            }
            return dx;
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(s);
        }
    }
}
