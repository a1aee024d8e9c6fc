package dlecon.solution.e3;

import static dlecon.testing.Close.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.OutputKind;
import dlecon.api.linalg.Matrices;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Dense, activation and output layers: known values, the naive formulas, shapes and the layer contract. */
class LayerTest {

    /**
     * Blocked, unrolled products against the plain triple loop: the same sums of at most 70 terms of order 1 in
     * another order, so they agree to about 70 eps absolute; compared to 1e-12 max(1, |expected|).
     */
    private static final double REORDERED = 1e-12;

    private static void assertSameSums(String what, double[][] actual, double[][] expected) {
        assertThat(actual.length).as(what + " rows").isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertSameSums(what + "[" + i + "]", actual[i], expected[i]);
        }
    }

    private static void assertSameSums(String what, double[] actual, double[] expected) {
        assertThat(actual.length).as(what + " length").isEqualTo(expected.length);
        for (int j = 0; j < expected.length; j++) {
            assertThat(Math.abs(actual[j] - expected[j])).as("%s[%d]: %s vs %s", what, j, actual[j], expected[j])
                    .isLessThanOrEqualTo(REORDERED * Math.max(1, Math.abs(expected[j])));
        }
    }

    private final MlpFactory f = new MlpSolution();

    private static Layer withWeights(Layer dense, double[] w, double[] b) {
        System.arraycopy(w, 0, dense.parameters().get(0).values(), 0, w.length);
        System.arraycopy(b, 0, dense.parameters().get(1).values(), 0, b.length);
        return dense;
    }

    @Test
    void denseForwardAndBackwardOnKnownNumbers() {
        Layer dense = withWeights(f.dense(2, 3, InitKind.XAVIER_UNIFORM, new SplittableRandom(1)),
                new double[] {1, 2, 3, 4, 5, 6}, new double[] {0.5, -0.5, 1});
        double[][] x = {{1, 1}, {0, 2}};
        // X W + b with W = [[1,2,3],[4,5,6]]
        assertThat(dense.forward(x, true)).isDeepEqualTo(new double[][] {{5.5, 6.5, 10}, {8.5, 9.5, 13}});
        double[][] g = {{1, 0, -1}, {2, 1, 0}};
        // dE/dX = G W^T; dE/dW = X^T G; dE/db = column sums of G
        assertThat(dense.backward(g)).isDeepEqualTo(new double[][] {{-2, -2}, {4, 13}});
        assertThat(dense.parameters().get(0).gradients()).containsExactly(1, 0, -1, 5, 2, -1);
        assertThat(dense.parameters().get(1).gradients()).containsExactly(3, 1, -1);
        // backward adds: a second call doubles the accumulated gradients
        dense.backward(g);
        assertThat(dense.parameters().get(1).gradients()).containsExactly(6, 2, -2);
    }

    @Test
    void denseParametersAreWThenB() {
        Layer dense = f.dense(4, 3, InitKind.MARSLAND_UNIFORM, new SplittableRandom(2));
        assertThat(dense.inputSize()).isEqualTo(4);
        assertThat(dense.outputSize()).isEqualTo(3);
        Parameter w = dense.parameters().get(0);
        Parameter b = dense.parameters().get(1);
        assertThat(dense.parameters()).hasSize(2);
        assertThat(new int[] {w.rows(), w.cols(), b.rows(), b.cols()}).containsExactly(4, 3, 1, 3);
        assertThat(w.name()).endsWith("W");
        assertThat(b.name()).endsWith("b");
        // values are live: setting W changes the output
        java.util.Arrays.fill(w.values(), 0);
        b.values()[2] = 7;
        assertThat(dense.forward(new double[][] {{1, 2, 3, 4}}, false)).isDeepEqualTo(new double[][] {{0, 0, 7}});
    }

    /** Y = X W + b, X^T G, column sums and G W^T by the textbook loops. */
    @Test
    void denseEqualsTheNaiveFormulasForNarrowAndWideLayers() {
        qt().withFixedSeed(3).withExamples(150)
                .forAll(integers().between(1, 70), integers().between(1, 40), integers().between(1, 9), longs().all())
                .checkAssert((nIn, nOut, n, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    Layer dense = f.dense(nIn, nOut, InitKind.HE_NORMAL, rng);
                    double[] b = dense.parameters().get(1).values();
                    for (int j = 0; j < nOut; j++) {
                        b[j] = rng.nextDouble(-1, 1);
                    }
                    double[][] w = new double[nIn][nOut];
                    for (int k = 0; k < nIn; k++) {
                        System.arraycopy(dense.parameters().get(0).values(), k * nOut, w[k], 0, nOut);
                    }
                    double[][] x = random(n, nIn, rng);
                    double[][] g = random(n, nOut, rng);
                    double[][] y = Matrices.multiply(x, w);
                    for (double[] row : y) {
                        for (int j = 0; j < nOut; j++) {
                            row[j] += b[j];
                        }
                    }
                    String shape = nIn + "x" + nOut + ", N=" + n;
                    assertSameSums("Y " + shape, dense.forward(x, true), y);
                    assertSameSums("dE/dX " + shape, dense.backward(g), Matrices.multiply(g, Matrices.transpose(w)));
                    double[][] dw = Matrices.multiply(Matrices.transpose(x), g);
                    double[] flat = dense.parameters().get(0).gradients();
                    for (int k = 0; k < nIn; k++) {
                        assertSameSums("dE/dW row " + k + " " + shape,
                                java.util.Arrays.copyOfRange(flat, k * nOut, (k + 1) * nOut), dw[k]);
                    }
                    double[] db = new double[nOut];
                    for (double[] row : g) {
                        for (int j = 0; j < nOut; j++) {
                            db[j] += row[j];
                        }
                    }
                    assertSameSums("dE/db " + shape, dense.parameters().get(1).gradients(), db);
                });
    }

    private static double[][] random(int n, int m, SplittableRandom rng) {
        double[][] a = new double[n][m];
        for (double[] row : a) {
            for (int j = 0; j < m; j++) {
                row[j] = rng.nextDouble(-1, 1);
            }
        }
        return a;
    }

    @Test
    void denseUsesTheForwardWeightsForDeDxAndDoesNotModifyItsArguments() {
        Layer dense = withWeights(f.dense(1, 2, InitKind.XAVIER_UNIFORM, new SplittableRandom(4)),
                new double[] {2, 3}, new double[] {0, 0});
        double[][] x = {{1}};
        dense.forward(x, true);
        dense.parameters().get(0).values()[0] = 100;
        double[][] g = {{1, 1}};
        assertThat(dense.backward(g)).isDeepEqualTo(new double[][] {{5}});
        assertThat(x).isDeepEqualTo(new double[][] {{1}});
        assertThat(g).isDeepEqualTo(new double[][] {{1, 1}});
    }

    @Test
    void denseShapeErrors() {
        Layer dense = f.dense(3, 2, InitKind.XAVIER_UNIFORM, new SplittableRandom(5));
        assertThatThrownBy(() -> dense.backward(new double[][] {{1, 2}})).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> dense.forward(new double[][] {{1, 2}}, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 columns");
        dense.forward(new double[][] {{1, 2, 3}, {4, 5, 6}}, true);
        assertThatThrownBy(() -> dense.backward(new double[][] {{1, 2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 rows");
        assertThatThrownBy(() -> dense.backward(new double[][] {{1, 2, 3}, {1, 2, 3}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.dense(0, 2, InitKind.HE_NORMAL, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void activationLayer() {
        Layer relu = f.activationLayer(ActivationKind.RELU);
        assertThat(relu.parameters()).isEmpty();
        assertThat(relu.inputSize()).isEqualTo(-1);
        assertThat(relu.outputSize()).isEqualTo(-1);
        assertThat(relu.forward(new double[][] {{-1, 2, 0, 3}}, true)).isDeepEqualTo(new double[][] {{0, 2, 0, 3}});
        assertThat(relu.backward(new double[][] {{5, 6, 7, 8}})).isDeepEqualTo(new double[][] {{0, 6, 0, 8}});
        Layer sigmoid = f.activationLayer(ActivationKind.SIGMOID);
        double[][] y = sigmoid.forward(new double[][] {{0}, {-1000}}, true);
        assertThat(y).isDeepEqualTo(new double[][] {{0.5}, {0}});
        y[0][0] = 123;
        // dE/dX = g'(X) dE/dY with g'(0) = 1/4, also after the caller changed the returned array
        assertThat(sigmoid.backward(new double[][] {{2}, {2}})).isDeepEqualTo(new double[][] {{0.5}, {0}});
        assertThatThrownBy(() -> sigmoid.backward(new double[][] {{2, 2}, {2, 2}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.activationLayer(ActivationKind.TANH).backward(new double[][] {{1}}))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void softmaxIsShiftedAndRowWise() {
        Layer softmax = f.outputLayer(OutputKind.SOFTMAX);
        assertThat(softmax.forward(new double[][] {{1000, 1000}}, true)).isDeepEqualTo(new double[][] {{0.5, 0.5}});
        assertThat(softmax.forward(new double[][] {{1000, 0}, {-1000, -1000}}, true))
                .isDeepEqualTo(new double[][] {{1, 0}, {0.5, 0.5}});
        double[] a = {0.3, -1.2, 2.0};
        double[][] y = softmax.forward(new double[][] {a, {a[0] + 50, a[1] + 50, a[2] + 50}}, true);
        double sum = Math.exp(0.3) + Math.exp(-1.2) + Math.exp(2.0);
        assertRelative("softmax", y[0], new double[] {Math.exp(0.3) / sum, Math.exp(-1.2) / sum, Math.exp(2) / sum},
                1e-15);
        assertRelative("softmax is shift invariant", y[1], y[0], 1e-14);
    }

    @Test
    void softmaxBackwardIsTheFullJacobian() {
        Layer softmax = f.outputLayer(OutputKind.SOFTMAX);
        double[][] y = softmax.forward(new double[][] {{0.3, -1.2, 2.0}}, true);
        double[] g = {0.7, -0.4, 1.3};
        // dE/da_k = sum_j J_jk g_j with J_jk = dy_j/da_k = y_j (delta_jk - y_k)
        double[] expected = new double[3];
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < 3; j++) {
                expected[k] += y[0][j] * ((j == k ? 1 : 0) - y[0][k]) * g[j];
            }
        }
        assertRelative("softmax backward", softmax.backward(new double[][] {g})[0], expected, 1e-14);
    }

    @Test
    void logisticAndIdentityOutputs() {
        Layer logistic = f.outputLayer(OutputKind.LOGISTIC);
        assertThat(logistic.forward(new double[][] {{0, -1000, 1000}}, true)).isDeepEqualTo(new double[][] {{0.5, 0, 1}});
        // y (1 - y) dE/dy
        assertThat(logistic.backward(new double[][] {{4, 4, 4}})).isDeepEqualTo(new double[][] {{1, 0, 0}});
        Layer identity = f.outputLayer(OutputKind.IDENTITY);
        double[][] a = {{1.5, -2}};
        double[][] y = identity.forward(a, true);
        assertThat(y).isDeepEqualTo(a).isNotSameAs(a);
        assertThat(identity.backward(new double[][] {{3, 4}})).isDeepEqualTo(new double[][] {{3, 4}});
        assertThat(identity.parameters()).isEmpty();
    }
}
