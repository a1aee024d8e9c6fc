package dlecon.graders.e3;

import dlecon.api.Exercise;
import dlecon.api.e3.Activation;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.OutputKind;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E3 graders of the pieces at their edges: activations at zero, kinks, branch points and huge arguments;
 * losses at clamped and floored probabilities; the dense layer's initial weights and repeated backward passes; and the
 * activation and output layers on random batches.
 */
@GraderSuite(exercise = Exercise.E3, visibility = Visibility.HIDDEN)
class E3ComponentsHiddenGrader {

    /** Arguments where activations are easy to get wrong: both zeros, tiny, branch points, saturation, overflow. */
    private static final double[] EDGES = {0.0, -0.0, 1e-300, -1e-300, 1e-8, -1e-8, 0.625, -0.625, 0.6249999999999999,
        1, -1, 1.5, -1.5, 20, -20, 40, -40, 700, -700, 1000, -1000};
    /**
     * Output-layer backward passes: y_j (g_j - sum_k y_k g_k) carries the rounding of y (1e-12 relative for logits
     * near 1e3, see SOFTMAX_REL) and one cancellation, so it is compared to 1e-12 M_j with
     * M_j = y_j (|g_j| + sum_k y_k |g_k|) (logistic: |g_j|, the bound of y (1 - y) |g_j| with y (1 - y) &lt;= 1/4).
     */
    private static final double OUTPUT_REL = 1e-12;
    /** Softmax entries of logits far below the maximum underflow to 0: such an entry must be (about) 0. */
    private static final double UNDERFLOW_ABS = 1e-300;

    @Test
    @DisplayName("activations at zero, at the ReLU kink, at the tanh branch point 0.625, in saturation and at +-1000")
    @Graded(points = 1, category = "activations", task = Tasks.ACTIVATIONS,
            hint = "ReLU'(0) = 0 and leaky ReLU'(0) = the slope (z > 0 strictly for the slope 1); no overflow: "
                    + "sigmoid(-1000) = 0, sigmoid(1000) = 1, tanh(+-1000) = +-1, never NaN")
    void activationsAtTheirEdges(MlpFactory mlp) {
        for (ActivationKind kind : ActivationKind.values()) {
            Activation g = mlp.activation(kind);
            for (double z : EDGES) {
                E3ElementsPublicGrader.checkActivation(kind, g, z);
            }
        }
        Activation s = mlp.activation(ActivationKind.SIGMOID);
        Expect.exactly("sigmoid(-1000)", s.value(-1000), 0.0);
        Expect.exactly("sigmoid(1000)", s.value(1000), 1.0);
        Expect.exactly("tanh(1000)", mlp.activation(ActivationKind.TANH).value(1000), 1.0);
        Expect.exactly("tanh(-1000)", mlp.activation(ActivationKind.TANH).value(-1000), -1.0);
        Expect.exactly("ReLU'(0)", mlp.activation(ActivationKind.RELU).derivative(0.0), 0.0);
        Expect.exactly("ReLU'(-0.0)", mlp.activation(ActivationKind.RELU).derivative(-0.0), 0.0);
        Expect.exactly("ReLU'(4.9e-324)", mlp.activation(ActivationKind.RELU).derivative(Double.MIN_VALUE), 1.0);
        Expect.exactly("leaky ReLU'(0)", mlp.activation(ActivationKind.LEAKY_RELU).derivative(0.0),
                ActivationKind.LEAKY_SLOPE);
    }

    @Test
    @DisplayName("losses at extreme outputs: y = 0 and 1 with t = 0 and 1 (clamped and floored probabilities), "
            + "y = t, one row and one output")
    @Graded(points = 1, category = "losses", task = Tasks.LOSSES,
            hint = "binary cross-entropy clamps y to [f, 1 - f] before the logarithms and takes the gradient at the "
                    + "clamped y; softmax cross-entropy uses max(y, f) in the logarithm and the gradient; "
                    + "f = LossKind.PROBABILITY_FLOOR; MSE of y = t is 0")
    void lossesAtExtremeOutputs(MlpFactory mlp) {
        double f = LossKind.PROBABILITY_FLOOR;
        E3ElementsPublicGrader.checkLoss(LossKind.MSE, mlp.loss(LossKind.MSE), new double[][] {{3}},
                new double[][] {{-1}});
        E3ElementsPublicGrader.checkLoss(LossKind.MSE, mlp.loss(LossKind.MSE),
                new double[][] {{1.5, -2}, {0, 3}, {1e300, -7}}, new double[][] {{1.5, -2}, {0, 3}, {1e300, -7}});
        E3ElementsPublicGrader.checkLoss(LossKind.BINARY_CROSS_ENTROPY, mlp.loss(LossKind.BINARY_CROSS_ENTROPY),
                new double[][] {{0, 1, 1e-20, 1 - 1e-17, 0.5, 0.5 * f}, {1, 0, 0.25, 2 * f, 1 - 3 * f, 0.75}},
                new double[][] {{1, 0, 1, 0, 0.5, 0}, {1, 0, 0, 1, 1, 0.75}});
        E3ElementsPublicGrader.checkLoss(LossKind.BINARY_CROSS_ENTROPY, mlp.loss(LossKind.BINARY_CROSS_ENTROPY),
                new double[][] {{0}}, new double[][] {{0}});
        E3ElementsPublicGrader.checkLoss(LossKind.SOFTMAX_CROSS_ENTROPY, mlp.loss(LossKind.SOFTMAX_CROSS_ENTROPY),
                new double[][] {{0, 1, 0}, {1e-20, 0.5, 0.5}, {0.25, 0.25, 0.5}}, new double[][] {{1, 0, 0},
                    {1, 0, 0}, {0, 0.5, 0.5}});
        E3ElementsPublicGrader.checkLoss(LossKind.SOFTMAX_CROSS_ENTROPY, mlp.loss(LossKind.SOFTMAX_CROSS_ENTROPY),
                new double[][] {{0, 1}}, new double[][] {{0, 1}});
        E3ElementsPublicGrader.checkLoss(LossKind.SOFTMAX_CROSS_ENTROPY, mlp.loss(LossKind.SOFTMAX_CROSS_ENTROPY),
                new double[][] {{1}, {1}}, new double[][] {{1}, {1}});
    }

    @Test
    @DisplayName("a new dense layer holds W drawn by its initialiser and b = 0, and one forward pass followed by two "
            + "backward passes adds both gradients")
    @Graded(points = 1, category = "dense layer", task = Tasks.DENSE,
            hint = "dense(n_in, n_out, init, rng): W = initializer(init).weights(n_in, n_out, rng) stored row-major "
                    + "(n_in n_out draws, nothing else), b = 0; every backward pass adds into the gradients")
    void denseStartsFromItsInitialiserAndAccumulates(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        int[][] shapes = {{3, 5}, {5, 2}, {2, 9}};
        for (InitKind kind : InitKind.values()) {
            for (int[] shape : shapes) {
                long s = rng.nextLong();
                SplittableRandom used = new SplittableRandom(s);
                Layer dense = mlp.dense(shape[0], shape[1], kind, used);
                SplittableRandom replay = new SplittableRandom(s);
                double[][] w = E3ElementsPublicGrader.expectedWeights(kind, shape[0], shape[1], replay);
                String what = "dense(" + shape[0] + ", " + shape[1] + ", " + kind + ")";
                List<Parameter> ps = dense.parameters();
                Expect.that(what + ": parameters", ps.size() == 2, "[W, b]", Integer.toString(ps.size()));
                double[] flat = Arrays.stream(w).flatMapToDouble(Arrays::stream).toArray();
                Expect.close(what + ": W values, row-major", ps.get(0).values(), flat,
                        E3ElementsPublicGrader.INIT_REL, 0);
                Expect.close(what + ": b", ps.get(1).values(), new double[shape[1]], 0, 0);
                Expect.that(what + ": the generator advanced by exactly " + shape[0] * shape[1] + " draws",
                        used.nextLong() == replay.nextLong(), "the next draw of the replay", "another draw");
                double[][] x = E3LayersPublicGrader.gaussian(rng, 3, shape[0]);
                double[][] g = E3LayersPublicGrader.gaussian(rng, 3, shape[1]);
                dense.forward(x, false);
                dense.backward(g);
                double[][] dx = dense.backward(g);
                int nOut = shape[1];
                for (int i = 0; i < shape[0]; i++) {
                    for (int j = 0; j < nOut; j++) {
                        double sum = 0;
                        double size = 0;
                        for (int r = 0; r < x.length; r++) {
                            sum += 2 * x[r][i] * g[r][j];
                            size += 2 * Math.abs(x[r][i] * g[r][j]);
                        }
                        Expect.close(what + ": dE/dW[" + i + "," + j + "] after two backward passes (2 X^T G)",
                                ps.get(0).gradients()[i * nOut + j], sum, 0, E3LayersPublicGrader.DOT_REL * size);
                    }
                }
                for (int j = 0; j < nOut; j++) {
                    double sum = 2 * (g[0][j] + g[1][j] + g[2][j]);
                    double size = 2 * (Math.abs(g[0][j]) + Math.abs(g[1][j]) + Math.abs(g[2][j]));
                    Expect.close(what + ": dE/db[" + j + "] after two backward passes (2 column sums of G)",
                            ps.get(1).gradients()[j], sum, 0, E3LayersPublicGrader.DOT_REL * size);
                }
                Expect.that(what + ": dE/dX of the second backward pass", dx != null && dx.length == 3, "3 rows",
                        dx == null ? "null" : dx.length + " rows");
            }
        }
    }

    @Test
    @DisplayName("activation and output layers: forward and backward of every kind on random batches of several "
            + "widths, over two passes, with the returned outputs overwritten in between")
    @Graded(points = 1.5, category = "activation and output layers", task = Tasks.LAYERS,
            hint = "activation layer: Y = g(X), dE/dX = g'(X) * dE/dY with X of the last forward pass; output layer: "
                    + "identity, logistic y (1 - y) g, softmax y_k (g_k - sum_j y_j g_j); forward returns a new array "
                    + "(the caller may change it)")
    void activationAndOutputLayersOnRandomBatches(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (ActivationKind kind : ActivationKind.values()) {
            Layer layer = mlp.activationLayer(kind);
            Expect.that(kind + " layer: sizes -1 and no parameters", layer.inputSize() == -1
                    && layer.outputSize() == -1 && layer.parameters().isEmpty(), "-1, -1, []",
                    layer.inputSize() + ", " + layer.outputSize() + ", " + layer.parameters().size());
            for (int pass = 1; pass <= 2; pass++) {
                double[][] x = E3LayersPublicGrader.gaussian(rng, 1 + rng.nextInt(5), 1 + rng.nextInt(6));
                x[0][0] = 0.0;
                for (double[] row : x) {
                    row[row.length - 1] *= 8;
                }
                double[][] g = E3LayersPublicGrader.gaussian(rng, x.length, x[0].length);
                String at = kind + " layer, pass " + pass + ", X = " + Arrays.deepToString(x) + ": ";
                double[][] y = layer.forward(x, true);
                for (int r = 0; r < x.length; r++) {
                    for (int j = 0; j < x[0].length; j++) {
                        double abs = E3ElementsPublicGrader.ACTIVATION_ABS * Math.max(1, Math.abs(x[r][j]));
                        Expect.close(at + "Y[" + r + "][" + j + "]", y[r][j], E3ElementsPublicGrader.value(kind,
                                x[r][j]), E3ElementsPublicGrader.ACTIVATION_REL, abs);
                    }
                    Arrays.fill(y[r], Double.NaN);
                }
                double[][] dx = layer.backward(g);
                for (int r = 0; r < x.length; r++) {
                    for (int j = 0; j < x[0].length; j++) {
                        double abs = E3ElementsPublicGrader.ACTIVATION_ABS * Math.max(1, Math.abs(x[r][j]));
                        Expect.close(at + "dE/dX[" + r + "][" + j + "]", dx[r][j], E3ElementsPublicGrader.derivative(
                                kind, x[r][j]) * g[r][j], E3ElementsPublicGrader.ACTIVATION_REL, abs * Math.abs(g[r][j]));
                    }
                }
            }
        }
        for (OutputKind kind : OutputKind.values()) {
            Layer layer = mlp.outputLayer(kind);
            for (int pass = 1; pass <= 3; pass++) {
                int k = new int[] {1, 2, 4}[pass - 1];
                double[][] a = E3LayersPublicGrader.gaussian(rng, 1 + rng.nextInt(4), k);
                for (double[] row : a) {
                    row[0] *= pass == 3 ? 300 : 3;
                }
                for (int j = 0; j < k && pass == 3; j++) {
                    a[0][j] += 800; // exp(800) overflows: only a shifted softmax stays finite
                }
                outputLayerPass(kind, layer, a, E3LayersPublicGrader.gaussian(rng, a.length, k), pass);
            }
        }
    }

    /** One forward and backward pass of an output layer against y = f(a) and J^T g. */
    private static void outputLayerPass(OutputKind kind, Layer layer, double[][] a, double[][] g, int pass) {
        String at = String.format(Locale.ROOT, "%s output, pass %d, a = %s: ", kind, pass, Arrays.deepToString(a));
        double[][] y = layer.forward(a, true);
        double[][] expected = new double[a.length][];
        for (int r = 0; r < a.length; r++) {
            expected[r] = new double[a[r].length];
            double max = Arrays.stream(a[r]).max().orElseThrow();
            double sum = Arrays.stream(a[r]).map(v -> Math.exp(v - max)).sum();
            for (int j = 0; j < a[r].length; j++) {
                expected[r][j] = switch (kind) {
                    case IDENTITY -> a[r][j];
                    case LOGISTIC -> E3ElementsPublicGrader.logistic(a[r][j]);
                    case SOFTMAX -> Math.exp(a[r][j] - max) / sum;
                };
            }
            double abs = kind == OutputKind.LOGISTIC ? E3ElementsPublicGrader.ACTIVATION_ABS : UNDERFLOW_ABS;
            Expect.close(at + "y row " + r, y[r], expected[r], E3LayersPublicGrader.SOFTMAX_REL, abs);
            Arrays.fill(y[r], Double.NaN);
        }
        double[][] da = layer.backward(g);
        for (int r = 0; r < a.length; r++) {
            double[] p = expected[r];
            double yg = 0;
            double size = 0;
            for (int j = 0; j < p.length; j++) {
                yg += p[j] * g[r][j];
                size += p[j] * Math.abs(g[r][j]);
            }
            for (int j = 0; j < p.length; j++) {
                double want = switch (kind) {
                    case IDENTITY -> g[r][j];
                    case LOGISTIC -> p[j] * (1 - p[j]) * g[r][j];
                    case SOFTMAX -> p[j] * (g[r][j] - yg);
                };
                double m = kind == OutputKind.SOFTMAX ? p[j] * (Math.abs(g[r][j]) + size) : Math.abs(g[r][j]);
                Expect.close(at + "dE/da[" + r + "][" + j + "]", da[r][j], want, 0, OUTPUT_REL * m);
            }
        }
    }
}
