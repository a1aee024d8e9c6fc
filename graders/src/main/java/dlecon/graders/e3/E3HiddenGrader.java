package dlecon.graders.e3;

import dlecon.api.Exercise;
import dlecon.api.data.LogicTables;
import dlecon.api.e3.Activation;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MarslandMlp;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.OutputKind;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E3 graders: Marsland's one-step XOR test vector and the derivatives of activations and losses. */
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
