package dlecon.graders.e3;

import dlecon.api.Exercise;
import dlecon.api.data.LogicTables;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.nn.Layer;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.nn.Parameter;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E3 graders: the lecture's XOR network, backprop against finite differences and a stable softmax. */
@GraderSuite(exercise = Exercise.E3, visibility = Visibility.PUBLIC)
class E3PublicGrader {

    /** Softmax of shifted logits: a handful of exp and one division per entry. */
    private static final double SOFTMAX_REL = 1e-14;
    /** exp(-1000) underflows to 0: an entry that is 0 must be (about) 0. */
    private static final double UNDERFLOW_ABS = 1e-300;

    @Test
    @DisplayName("the lecture's XOR network max{0, xW + c} w + b has MSE exactly 0")
    @Graded(points = 2, category = "dense and ReLU forward pass",
            hint = "dense: Y = X W + b with W stored row-major (n_in x n_out) in parameters().get(0), b in get(1); "
                    + "ReLU: max(0, z); MSE: mean of squared differences")
    void xorNetworkHasZeroMse(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        Layer hidden = mlp.dense(2, 2, InitKind.XAVIER_UNIFORM, rng);
        Layer out = mlp.dense(2, 1, InitKind.XAVIER_UNIFORM, rng);
        set(hidden, new double[] {1, 1, 1, 1}, new double[] {0, -1});
        set(out, new double[] {1, -2}, new double[] {0});
        Network net = mlp.network(List.of(hidden, mlp.activationLayer(ActivationKind.RELU), out));
        double[][] x = LogicTables.inputs();
        double[][] y = net.predict(x);
        double[] expected = {0, 1, 1, 0};
        for (int i = 0; i < 4; i++) {
            Expect.exactly("output for input " + (int) x[i][0] + (int) x[i][1], y[i][0], expected[i]);
        }
        Expect.exactly("MSE", mlp.loss(LossKind.MSE).value(y, LogicTables.xor().t()), 0.0);
    }

    @Test
    @DisplayName("backprop gradients of random small networks equal central finite differences")
    @Graded(points = 3, category = "backprop gradient",
            hint = "dense backward: dW += X^T G, db += column sums of G, dX = G W^T; activation: g'(z) * G; "
                    + "lossAndGradients must clear gradients first")
    void backpropMatchesFiniteDifferences(MlpFactory mlp, TestSeed seed, Credit credit) {
        ActivationKind[] acts = {ActivationKind.SIGMOID, ActivationKind.TANH, ActivationKind.SWISH};
        OutputKind[] outs = {OutputKind.IDENTITY, OutputKind.LOGISTIC, OutputKind.SOFTMAX};
        LossKind[] losses = {LossKind.MSE, LossKind.BINARY_CROSS_ENTROPY, LossKind.SOFTMAX_CROSS_ENTROPY};
        for (int c = 0; c < 6; c++) {
            SplittableRandom rng = new SplittableRandom(seed.derived(c));
            int o = c % 3;
            ActivationKind act = acts[(c / 3 + c) % 3];
            int nIn = 1 + rng.nextInt(3);
            int nHidden = 2 + rng.nextInt(3);
            int nOut = o == 2 ? 2 + rng.nextInt(2) : 1 + rng.nextInt(2);
            int rows = 1 + rng.nextInt(4);
            boolean deep = c >= 3;
            credit.check(nIn + "-" + nHidden + (deep ? "-" + nHidden : "") + "-" + nOut + " " + act + ", "
                    + outs[o] + " output, " + losses[o] + ", " + rows + " rows", () -> {
                List<Layer> layers = new ArrayList<>();
                layers.add(mlp.dense(nIn, nHidden, InitKind.XAVIER_UNIFORM, rng));
                layers.add(mlp.activationLayer(act));
                if (deep) {
                    layers.add(mlp.dense(nHidden, nHidden, InitKind.XAVIER_UNIFORM, rng));
                    layers.add(mlp.activationLayer(act));
                }
                layers.add(mlp.dense(nHidden, nOut, InitKind.XAVIER_UNIFORM, rng));
                layers.add(mlp.outputLayer(outs[o]));
                Network net = mlp.network(layers);
                for (Parameter p : net.parameters()) {
                    for (int i = 0; i < p.size(); i++) {
                        p.values()[i] += 0.1 * rng.nextGaussian(); // non-zero biases too
                    }
                }
                double[][] x = new double[rows][nIn];
                double[][] t = new double[rows][nOut];
                for (int r = 0; r < rows; r++) {
                    for (int k = 0; k < nIn; k++) {
                        x[r][k] = rng.nextGaussian();
                    }
                    if (o == 2) {
                        t[r][rng.nextInt(nOut)] = 1;
                    } else {
                        for (int k = 0; k < nOut; k++) {
                            t[r][k] = o == 1 ? rng.nextInt(2) : rng.nextGaussian();
                        }
                    }
                }
                FiniteDifferences.check(net, x, t, mlp.loss(losses[o]));
            });
        }
    }

    @Test
    @DisplayName("softmax of logits around 1000 is finite, sums to 1 and equals the softmax of the shifted logits")
    @Graded(points = 1, category = "numerically stable softmax",
            hint = "subtract the row maximum before exp: y_k = exp(a_k - max a) / sum_j exp(a_j - max a); "
                    + "the sigmoid of -1000 is 0, not NaN")
    void softmaxIsStable(MlpFactory mlp) {
        Layer soft = mlp.outputLayer(OutputKind.SOFTMAX);
        double[][] y = soft.forward(new double[][] {{1000, 1001, 1002}, {-1000, 0, 1000}}, false);
        double z = 1 + Math.exp(1) + Math.exp(2);
        Expect.close("row 0", y[0], new double[] {1 / z, Math.exp(1) / z, Math.exp(2) / z}, SOFTMAX_REL, 0);
        Expect.close("row 1", y[1], new double[] {0, Math.exp(-1000), 1}, SOFTMAX_REL, UNDERFLOW_ABS);
        Expect.exactly("sigmoid(-1000)", mlp.activation(ActivationKind.SIGMOID).value(-1000), 0.0);
        Expect.exactly("sigmoid(1000)", mlp.activation(ActivationKind.SIGMOID).value(1000), 1.0);
    }

    /** Overwrites a dense layer's W (row-major) and b. */
    static void set(Layer dense, double[] w, double[] b) {
        List<Parameter> ps = dense.parameters();
        Expect.that(dense.name() + " parameters", ps.size() == 2, "2 (W, b)", Integer.toString(ps.size()));
        System.arraycopy(w, 0, ps.get(0).values(), 0, w.length);
        System.arraycopy(b, 0, ps.get(1).values(), 0, b.length);
    }
}
