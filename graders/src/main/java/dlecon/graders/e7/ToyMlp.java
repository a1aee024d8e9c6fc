package dlecon.graders.e7;

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
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The grader's own layers for the solver graders, independent of any submission's E3: dense layers Y = X W + b
 * whose weights are (2u - 1) sqrt(6 / (n_in + n_out)) with one {@code rng.nextDouble()} u per entry, row by row
 * (Xavier-uniform; the init kind asked for is ignored), ReLU and tanh activations and the logistic output. Every
 * network built here logs its forward passes into {@link #log()}; {@link #draws()} counts the generator's draws
 * made for weights.
 */
final class ToyMlp implements MlpFactory {

    private final List<ToyNetwork> networks = new ArrayList<>();
    private final List<ToyNetwork.Pass> log = new ArrayList<>();
    private int draws;

    /** The networks built so far. */
    List<ToyNetwork> networks() {
        return networks;
    }

    /** Every forward pass of every network, in order. */
    List<ToyNetwork.Pass> log() {
        return log;
    }

    /** Number of {@code nextDouble()} draws made for weights. */
    int draws() {
        return draws;
    }

    @Override
    public Layer dense(int nIn, int nOut, InitKind init, RandomGenerator rng) {
        double r = Math.sqrt(6.0 / (nIn + nOut));
        double[] w = new double[nIn * nOut];
        for (int i = 0; i < w.length; i++) {
            w[i] = (2 * rng.nextDouble() - 1) * r;
        }
        draws += w.length;
        return new Dense(nIn, nOut, w);
    }

    @Override
    public Layer activationLayer(ActivationKind kind) {
        return switch (kind) {
            case RELU -> new Elementwise("relu", z -> Math.max(0, z), (z, y) -> z > 0 ? 1 : 0);
            case TANH -> new Elementwise("tanh", Math::tanh, (z, y) -> 1 - y * y);
            default -> throw new UnsupportedOperationException("the grader's network has no " + kind + " layer");
        };
    }

    @Override
    public Layer outputLayer(OutputKind kind) {
        if (kind != OutputKind.LOGISTIC) {
            throw new UnsupportedOperationException("the grader's network has no " + kind + " output");
        }
        return new Elementwise("logistic", z -> 1 / (1 + Math.exp(-z)), (z, y) -> y * (1 - y));
    }

    @Override
    public Network network(List<Layer> layers) {
        ToyNetwork n = new ToyNetwork(layers, log);
        networks.add(n);
        return n;
    }

    @Override
    public Activation activation(ActivationKind kind) {
        throw new UnsupportedOperationException("not needed by a solver");
    }

    @Override
    public Loss loss(LossKind kind) {
        throw new UnsupportedOperationException("not needed by a solver");
    }

    @Override
    public Initializer initializer(InitKind kind) {
        throw new UnsupportedOperationException("not needed by a solver");
    }

    @Override
    public Trainer trainer() {
        throw new UnsupportedOperationException("not needed by a solver");
    }

    @Override
    public int[][] confusionMatrix(double[][] y, double[][] t) {
        throw new UnsupportedOperationException("not needed by a solver");
    }

    @Override
    public double accuracy(int[][] confusion) {
        throw new UnsupportedOperationException("not needed by a solver");
    }

    @Override
    public MarslandMlp marsland(int nIn, int nHidden, int nOut, double beta, double momentum, OutputKind output,
                                RandomGenerator rng) {
        throw new UnsupportedOperationException("not needed by a solver");
    }

    /** Y = X W + b; parameters W (n_in x n_out) and b (1 x n_out). */
    private static final class Dense implements Layer {
        private final int in;
        private final int out;
        private final ArrayParameter w;
        private final ArrayParameter b;
        private double[][] x;

        Dense(int in, int out, double[] weights) {
            this.in = in;
            this.out = out;
            this.w = new ArrayParameter("W", in, out, weights, new double[in * out]);
            this.b = ArrayParameter.zeros("b", 1, out);
        }

        @Override
        public String name() {
            return "dense";
        }

        @Override
        public int inputSize() {
            return in;
        }

        @Override
        public int outputSize() {
            return out;
        }

        @Override
        public double[][] forward(double[][] input, boolean training) {
            x = dlecon.api.linalg.Matrices.copy(input);
            double[][] y = new double[input.length][out];
            for (int r = 0; r < input.length; r++) {
                for (int j = 0; j < out; j++) {
                    double a = b.values()[j];
                    for (int i = 0; i < in; i++) {
                        a += input[r][i] * w.values()[i * out + j];
                    }
                    y[r][j] = a;
                }
            }
            return y;
        }

        @Override
        public double[][] backward(double[][] g) {
            double[][] dx = new double[g.length][in];
            for (int r = 0; r < g.length; r++) {
                for (int j = 0; j < out; j++) {
                    b.gradients()[j] += g[r][j];
                    for (int i = 0; i < in; i++) {
                        w.gradients()[i * out + j] += x[r][i] * g[r][j];
                        dx[r][i] += g[r][j] * w.values()[i * out + j];
                    }
                }
            }
            return dx;
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(w, b);
        }
    }

    /** y = f(z) element by element; backward dE/dz = f'(z, y) dE/dy. */
    private static final class Elementwise implements Layer {
        /** The derivative from the input z and the output y. */
        interface Derivative {
            double at(double z, double y);
        }

        private final String name;
        private final DoubleUnaryOperator f;
        private final Derivative df;
        private double[][] z;
        private double[][] y;

        Elementwise(String name, DoubleUnaryOperator f, Derivative df) {
            this.name = name;
            this.f = f;
            this.df = df;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int inputSize() {
            return -1;
        }

        @Override
        public int outputSize() {
            return -1;
        }

        @Override
        public double[][] forward(double[][] input, boolean training) {
            z = dlecon.api.linalg.Matrices.copy(input);
            y = new double[input.length][];
            for (int r = 0; r < input.length; r++) {
                y[r] = new double[input[r].length];
                for (int j = 0; j < input[r].length; j++) {
                    y[r][j] = f.applyAsDouble(input[r][j]);
                }
            }
            return dlecon.api.linalg.Matrices.copy(y);
        }

        @Override
        public double[][] backward(double[][] g) {
            double[][] dz = new double[g.length][];
            for (int r = 0; r < g.length; r++) {
                dz[r] = new double[g[r].length];
                for (int j = 0; j < g[r].length; j++) {
                    dz[r][j] = df.at(z[r][j], y[r][j]) * g[r][j];
                }
            }
            return dz;
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }
    }
}
