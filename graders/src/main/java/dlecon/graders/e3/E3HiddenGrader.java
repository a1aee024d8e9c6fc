package dlecon.graders.e3;

import dlecon.api.Exercise;
import dlecon.api.data.LogicTables;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e3.Activation;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MarslandMlp;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.Network;
import dlecon.api.nn.Parameter;
import dlecon.api.e3.OutputKind;
import dlecon.grading.api.Property;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E3 graders: Marsland's one-step XOR test vector, the derivatives of activations and losses, gradient
 * accumulation and the confusion matrix.
 */
@GraderSuite(exercise = Exercise.E3, visibility = Visibility.HIDDEN)
class E3HiddenGrader {

    /** The course's bound for Marsland's one-step weights (course-spec section 8). */
    private static final double MARSLAND_ABS = 1e-12;
    /** Central difference with h = 1e-6: truncation h^2 g''' / 6 below 1e-10, rounding eps / h about 2e-10. */
    private static final double DERIVATIVE_ABS = 1e-8;
    /** Step of the central differences of activations and losses. */
    private static final double H = 1e-6;
    /** g(0.5) is one or two elementary functions: a few ulps. */
    private static final double VALUE_REL = 1e-14;
    /** Repeating or splitting the same sums changes only the rounding of a few dozen terms. */
    private static final double ACCUMULATE_REL = 1e-12;
    /** Absolute floor for gradient entries that cancel to about 0. */
    private static final double ACCUMULATE_ABS = 1e-15;
    /** Random confusion-matrix cases. */
    private static final int CONFUSION_EXAMPLES = 100;
    /** trace / sum of small integers: one division. */
    private static final double ACCURACY_REL = 1e-15;

    @Test
    @DisplayName("Marsland's XOR network (logistic output, momentum 0.9) reproduces the one-step test vector")
    @Graded(points = 2, category = "Marsland MLP training",
            hint = "MarslandMlp: bias input -1 as the last column, logistic delta beta (y - t) y (1 - y) without 1/N, "
                    + "hidden delta beta h (1 - h) (delta_o W2^T) without the bias column")
    void marslandOneStep(MlpFactory mlp, TestSeed seed) {
        MarslandMlp net = mlp.marsland(2, 2, 1, 1, 0.9, OutputKind.LOGISTIC, seed.random());
        net.setWeights(new double[][] {{.1, -.2}, {.3, .4}, {-.5, .6}}, new double[][] {{.7}, {-.8}, {.9}});
        double[][] x = LogicTables.inputs();
        double[][] t = LogicTables.xor().t();
        Expect.close("E of the initial weights", net.error(x, t), 0.5622812330150291, 0, MARSLAND_ABS);
        double[] errors = net.train(x, t, 0.25, 1);
        Expect.that("errors recorded", errors.length == 1, "1", Integer.toString(errors.length));
        Expect.close("E before the update", errors[0], 0.5622812330150291, 0, MARSLAND_ABS);
        double[][] w1 = net.weights1();
        Expect.close("W1 row 0", w1[0], new double[] {0.10334766377918515, -0.20288569635576537}, 0, MARSLAND_ABS);
        Expect.close("W1 row 1", w1[1], new double[] {0.3029491386970262, 0.39613559281759936}, 0, MARSLAND_ABS);
        Expect.close("W1 row 2 (bias)", w1[2], new double[] {-0.5059989578495563, 0.606996346457029}, 0,
                MARSLAND_ABS);
        double[][] w2 = net.weights2();
        Expect.close("W2", new double[] {w2[0][0], w2[1][0], w2[2][0]},
                new double[] {0.7257348885621236, -0.7852988248326401, 0.8614907916401057}, 0, MARSLAND_ABS);
        Expect.close("E after the update", net.error(x, t), 0.5526183713497368, 0, MARSLAND_ABS);
    }

    @Test
    @DisplayName("activation derivatives and loss gradients equal central differences at random points")
    @Graded(points = 2, category = "activations and losses",
            hint = "ActivationKind and LossKind give g, g' and E, dE/dy; MSE divides by N K, binary cross-entropy by "
                    + "N K, softmax cross-entropy by N")
    void derivativesMatchDifferences(MlpFactory mlp, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        ActivationKind[] smooth = {ActivationKind.IDENTITY, ActivationKind.SIGMOID, ActivationKind.TANH,
            ActivationKind.SWISH, ActivationKind.RELU, ActivationKind.LEAKY_RELU};
        for (ActivationKind kind : smooth) {
            credit.check("activation " + kind, () -> {
                Activation g = mlp.activation(kind);
                for (int i = 0; i < 8; i++) {
                    double z = (rng.nextBoolean() ? 1 : -1) * (0.01 + 3 * rng.nextDouble()); // away from ReLU's kink
                    double numeric = (g.value(z + H) - g.value(z - H)) / (2 * H);
                    Expect.close(kind + "'(" + z + ")", g.derivative(z), numeric, 0, DERIVATIVE_ABS);
                }
                Expect.close(kind + "(0.5)", g.value(0.5), value(kind, 0.5), VALUE_REL, 0);
            });
        }
        for (LossKind kind : LossKind.values()) {
            credit.check("loss " + kind, () -> {
                Loss loss = mlp.loss(kind);
                int n = 2 + rng.nextInt(3);
                int k = 2 + rng.nextInt(2);
                double[][] y = new double[n][k];
                double[][] t = new double[n][k];
                for (int r = 0; r < n; r++) {
                    double sum = 0;
                    for (int c = 0; c < k; c++) {
                        y[r][c] = 0.1 + 0.8 * rng.nextDouble();
                        sum += y[r][c];
                    }
                    if (kind == LossKind.SOFTMAX_CROSS_ENTROPY) {
                        for (int c = 0; c < k; c++) {
                            y[r][c] /= sum;
                        }
                        t[r][rng.nextInt(k)] = 1;
                    } else {
                        for (int c = 0; c < k; c++) {
                            t[r][c] = kind == LossKind.MSE ? rng.nextGaussian() : rng.nextInt(2);
                        }
                    }
                }
                double[][] grad = loss.gradient(y, t);
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < k; c++) {
                        double old = y[r][c];
                        y[r][c] = old + H;
                        double up = loss.value(y, t);
                        y[r][c] = old - H;
                        double down = loss.value(y, t);
                        y[r][c] = old;
                        Expect.close("dE/dy[" + r + "][" + c + "]", grad[r][c], (up - down) / (2 * H), 0,
                                DERIVATIVE_ABS);
                    }
                }
            });
        }
    }

    @Test
    @DisplayName("backward adds into the gradients and lossAndGradients clears them first, for every batch row")
    @Graded(points = 2, category = "gradient accumulation",
            hint = "Layer.backward ADDS dE/dtheta into Parameter.gradients() (db += column sums of G over all rows); "
                    + "Network.lossAndGradients zeroes every gradient before its backward pass")
    void gradientsAccumulateAndAreCleared(MlpFactory mlp, TestSeed seed, Credit credit) {
        for (int c = 0; c < 3; c++) {
            SplittableRandom rng = new SplittableRandom(seed.derived(c));
            int rows = 2 + rng.nextInt(4);
            credit.check("2-3-2 sigmoid network, MSE, " + rows + " rows", () -> {
                Network net = mlp.network(List.of(mlp.dense(2, 3, InitKind.XAVIER_UNIFORM, rng),
                        mlp.activationLayer(ActivationKind.SIGMOID), mlp.dense(3, 2, InitKind.XAVIER_UNIFORM, rng),
                        mlp.outputLayer(OutputKind.IDENTITY)));
                double[][] x = gaussian(rng, rows, 2);
                double[][] t = gaussian(rng, rows, 2);
                Loss mse = mlp.loss(LossKind.MSE);
                net.lossAndGradients(x, t, mse, true);
                List<double[]> once = gradients(net);
                net.lossAndGradients(x, t, mse, true);
                List<double[]> again = gradients(net);
                net.backward(mse.gradient(net.forward(x, true), t));
                List<double[]> twice = gradients(net);
                double[] sumOfRows = new double[2];
                for (int r = 0; r < rows; r++) {
                    net.zeroGradients();
                    double[][] xr = {x[r]};
                    double[][] tr = {t[r]};
                    double[][] g = mse.gradient(net.forward(xr, true), tr);
                    for (int k = 0; k < 2; k++) {
                        g[0][k] /= rows; // the per-row loss is averaged over 1 row instead of N
                    }
                    net.backward(g);
                    double[] b = net.parameters().get(3).gradients();
                    sumOfRows[0] += b[0];
                    sumOfRows[1] += b[1];
                }
                for (int q = 0; q < once.size(); q++) {
                    Expect.close("parameter " + q + " after a second lossAndGradients", again.get(q), once.get(q),
                            ACCUMULATE_REL, 0);
                    double[] doubled = once.get(q).clone();
                    for (int i = 0; i < doubled.length; i++) {
                        doubled[i] *= 2;
                    }
                    Expect.close("parameter " + q + " after one more backward", twice.get(q), doubled,
                            ACCUMULATE_REL, ACCUMULATE_ABS);
                }
                Expect.close("output bias gradient = sum of the per-row bias gradients", once.get(3), sumOfRows,
                        ACCUMULATE_REL, ACCUMULATE_ABS);
            });
        }
    }

    @Test
    @DisplayName("confusion matrix and accuracy: threshold 0.5 for one output, argmax for several (QuickTheories)")
    @Graded(points = 1, category = "confusion matrix",
            hint = "confusionMatrix: C[predicted][actual]; K = 1: classes y > 0.5 and t > 0.5 (2 x 2); K > 1: argmax "
                    + "of each row (K x K); accuracy = trace(C) / sum(C)")
    void confusionMatrixAndAccuracy(MlpFactory mlp, TestSeed seed) {
        Property.forAll(seed.value(), CONFUSION_EXAMPLES, integers().between(1, 4).zip(integers().between(1, 12),
                longs().all(), (k, n, s) -> new long[] {k, n, s}), c -> {
                    int k = (int) c[0];
                    int n = (int) c[1];
                    SplittableRandom rng = new SplittableRandom(c[2]);
                    double[][] y = new double[n][k];
                    double[][] t = new double[n][k];
                    int classes = k == 1 ? 2 : k;
                    int[][] expected = new int[classes][classes];
                    for (int r = 0; r < n; r++) {
                        for (int j = 0; j < k; j++) {
                            y[r][j] = rng.nextDouble();
                        }
                        int actual = rng.nextInt(classes);
                        if (k == 1) {
                            t[r][0] = actual;
                            expected[y[r][0] > 0.5 ? 1 : 0][actual]++;
                        } else {
                            t[r][actual] = 1;
                            int best = 0;
                            for (int j = 1; j < k; j++) {
                                best = y[r][j] > y[r][best] ? j : best;
                            }
                            expected[best][actual]++;
                        }
                    }
                    int[][] cm = mlp.confusionMatrix(y, t);
                    Expect.that("confusion matrix of " + n + " rows with " + k + " outputs",
                            Arrays.deepEquals(cm, expected), Arrays.deepToString(expected), Arrays.deepToString(cm));
                    int trace = 0;
                    for (int j = 0; j < classes; j++) {
                        trace += expected[j][j];
                    }
                    Expect.close("accuracy", mlp.accuracy(cm), (double) trace / n, ACCURACY_REL, 0);
                });
    }

    private static double[][] gaussian(SplittableRandom rng, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return a;
    }

    private static List<double[]> gradients(Network net) {
        List<double[]> g = new ArrayList<>();
        for (Parameter p : net.parameters()) {
            g.add(p.gradients().clone());
        }
        Expect.that("parameters of 2 dense layers", g.size() == 4, "4 (W1, b1, W2, b2)", Integer.toString(g.size()));
        return g;
    }

    /** g(z) by the formulas of {@link ActivationKind}. */
    private static double value(ActivationKind kind, double z) {
        double s = 1 / (1 + Math.exp(-z));
        return switch (kind) {
            case IDENTITY -> z;
            case SIGMOID -> s;
            case TANH -> Math.tanh(z);
            case RELU -> Math.max(0, z);
            case LEAKY_RELU -> z > 0 ? z : ActivationKind.LEAKY_SLOPE * z;
            case SWISH -> z * s;
        };
    }
}
