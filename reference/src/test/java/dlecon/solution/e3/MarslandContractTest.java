package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e3.OutputKind;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Initial weights, weight access, confusion matrices and argument checks of {@link MarslandNetwork}. */
class MarslandContractTest {

    /** (u - 0.5) * 2 / sqrt(n) computed in another but equivalent order may differ in the last bit. */
    private static final double INIT_TOL = 1e-15;

    private static MarslandNetwork network(int m, int h, int k, OutputKind kind, long seed) {
        return new MarslandNetwork(m, h, k, 1.0, 0.9, kind, new SplittableRandom(seed));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 4})
    void initialWeightsAreTheBooksDrawsInOrder(long seed) {
        int m = 4;
        int h = 7;
        int k = 3;
        MarslandNetwork net = network(m, h, k, OutputKind.LOGISTIC, seed);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] w1 = new double[m + 1][h];
        double[][] w2 = new double[h + 1][k];
        for (double[] row : w1) {
            for (int j = 0; j < h; j++) {
                row[j] = (rng.nextDouble() - 0.5) * 2 / Math.sqrt(m);
            }
        }
        for (double[] row : w2) {
            for (int j = 0; j < k; j++) {
                row[j] = (rng.nextDouble() - 0.5) * 2 / Math.sqrt(h);
            }
        }
        Close.assertRelative("W1, drawn first, row by row", net.weights1(), w1, INIT_TOL);
        Close.assertRelative("W2, drawn after W1, row by row", net.weights2(), w2, INIT_TOL);
    }

    @Test
    void initialWeightsLieInTheBooksRange() {
        for (long seed = 0; seed < 20; seed++) {
            int m = 1 + (int) (seed % 5);
            int h = 1 + (int) (seed % 7);
            MarslandNetwork net = network(m, h, 2, OutputKind.IDENTITY, seed);
            double[][] w1 = net.weights1();
            double[][] w2 = net.weights2();
            assertThat(w1.length).isEqualTo(m + 1);
            assertThat(w2.length).isEqualTo(h + 1);
            for (double[] row : w1) {
                assertThat(row).hasSize(h);
                for (double v : row) {
                    assertThat(Math.abs(v)).as("|W1 entry|, m = %d", m).isLessThan(1 / Math.sqrt(m));
                }
            }
            for (double[] row : w2) {
                assertThat(row).hasSize(2);
                for (double v : row) {
                    assertThat(Math.abs(v)).as("|W2 entry|, H = %d", h).isLessThan(1 / Math.sqrt(h));
                }
            }
        }
    }

    @Test
    void initialWeightsAreDeterministicPerSeed() {
        MarslandNetwork a = network(3, 4, 2, OutputKind.SOFTMAX, 42);
        MarslandNetwork b = network(3, 4, 2, OutputKind.SOFTMAX, 42);
        MarslandNetwork c = network(3, 4, 2, OutputKind.SOFTMAX, 43);
        assertThat(a.weights1()).isDeepEqualTo(b.weights1());
        assertThat(a.weights2()).isDeepEqualTo(b.weights2());
        assertThat(a.weights1()).isNotEqualTo(c.weights1());
        double[][] x = {{0.1, 0.2, 0.3}, {-1, 0, 1}};
        double[][] t = {{1, 0}, {0, 1}};
        assertThat(a.train(x, t, 0.5, 10)).containsExactly(b.train(x, t, 0.5, 10));
        assertThat(a.weights1()).isDeepEqualTo(b.weights1());
    }

    @Test
    void weightAccessorsReturnCopiesAndSetWeightsCopiesItsArguments() {
        MarslandNetwork net = network(2, 2, 1, OutputKind.LOGISTIC, 7);
        double[][] w1 = {{.1, -.2}, {.3, .4}, {-.5, .6}};
        double[][] w2 = {{.7}, {-.8}, {.9}};
        net.setWeights(w1, w2);
        assertThat(w1).as("setWeights does not modify its argument").isDeepEqualTo(new double[][] {
                {.1, -.2}, {.3, .4}, {-.5, .6}});
        w1[0][0] = 99;
        w2[2][0] = 99;
        assertThat(net.weights1()[0][0]).as("setWeights keeps a copy of W1").isEqualTo(.1);
        assertThat(net.weights2()[2][0]).as("setWeights keeps a copy of W2").isEqualTo(.9);
        net.weights1()[1][1] = 99;
        net.weights2()[0][0] = 99;
        assertThat(net.weights1()[1][1]).as("weights1() returns a copy").isEqualTo(.4);
        assertThat(net.weights2()[0][0]).as("weights2() returns a copy").isEqualTo(.7);
        assertThat(net.weights1()).isNotSameAs(net.weights1());
    }

    @Test
    void setWeightsRejectsWrongShapesAndKeepsTheOldWeights() {
        MarslandNetwork net = network(2, 3, 2, OutputKind.IDENTITY, 9);
        double[][] w1 = net.weights1();
        double[][] w2 = net.weights2();
        double[][][] badW1 = {new double[2][3], new double[3][2], new double[4][3], {{1, 2, 3}, {1, 2}, {1, 2, 3}},
            {{1, 2, 3}, null, {1, 2, 3}}, {{1, 2, 3}, {1, Double.NaN, 3}, {1, 2, 3}}};
        for (double[][] bad : badW1) {
            assertThatThrownBy(() -> net.setWeights(bad, w2)).as("W1 must be (m+1) x H = 3 x 3, finite")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w1");
        }
        double[][][] badW2 = {new double[3][2], new double[4][3], new double[4][1], {{1, 2}, {1, 2}, {1, 2}, {1}},
            {{1, 2}, {1, 2}, {1, Double.POSITIVE_INFINITY}, {1, 2}}};
        for (double[][] bad : badW2) {
            assertThatThrownBy(() -> net.setWeights(w1, bad)).as("W2 must be (H+1) x K = 4 x 2, finite")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w2");
        }
        assertThat(net.weights1()).as("W1 unchanged after rejected calls").isDeepEqualTo(w1);
        assertThat(net.weights2()).as("W2 unchanged after rejected calls").isDeepEqualTo(w2);
    }

    /** One input, one hidden neuron h = sigmoid(10 x), W2 chosen so that y = h (one output). */
    @Test
    void confusionMatrixWithOneOutputThresholdsAtOneHalf() {
        MarslandNetwork net = network(1, 1, 1, OutputKind.IDENTITY, 0);
        net.setWeights(new double[][] {{10}, {0}}, new double[][] {{1}, {0}});
        double[][] x = {{-1}, {-0.5}, {0}, {0}, {0.5}, {1}, {2}};
        double[][] t = {{0}, {1}, {1}, {0.5}, {0}, {1}, {0.9}};
        // y > 0.5 iff x > 0 (y(0) = 0.5 exactly is class 0); t > 0.5 is class 1 (t = 0.5 is class 0)
        assertThat(net.forward(new double[][] {{0}})[0][0]).isEqualTo(0.5);
        assertThat(net.confusionMatrix(x, t)).as("C[predicted][actual]")
                .isDeepEqualTo(new int[][] {{2, 2}, {1, 2}});
    }

    /** a = [h, -h, 0.5] with h = sigmoid(10 x): class 0 for x &gt;= 0 (tie at x = 0: first maximum), else class 2. */
    @Test
    void confusionMatrixWithSeveralOutputsUsesArgmax() {
        MarslandNetwork net = network(1, 1, 3, OutputKind.IDENTITY, 0);
        net.setWeights(new double[][] {{10}, {0}}, new double[][] {{1, -1, 0}, {0, 0, -0.5}});
        double[][] x = {{-2}, {-1}, {0}, {1}, {2}};
        double[][] t = {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, 1, 0}, {0.2, 0.7, 0.7}};
        assertThat(net.confusionMatrix(x, t)).as("C[predicted][actual]")
                .isDeepEqualTo(new int[][] {{1, 2, 0}, {0, 0, 0}, {0, 1, 1}});
    }

    @Test
    void constructorRejectsBadArguments() {
        SplittableRandom rng = new SplittableRandom(0);
        OutputKind out = OutputKind.LOGISTIC;
        assertThatThrownBy(() -> new MarslandNetwork(0, 2, 1, 1, .9, out, rng))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nIn=0");
        assertThatThrownBy(() -> new MarslandNetwork(2, 0, 1, 1, .9, out, rng))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nHidden=0");
        assertThatThrownBy(() -> new MarslandNetwork(2, 2, 0, 1, .9, out, rng))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nOut=0");
        for (double beta : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new MarslandNetwork(2, 2, 1, beta, .9, out, rng))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta");
        }
        for (double m : new double[] {-0.1, 1, Double.NaN}) {
            assertThatThrownBy(() -> new MarslandNetwork(2, 2, 1, 1, m, out, rng))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("momentum");
        }
        assertThatThrownBy(() -> new MarslandNetwork(2, 2, 1, 1, .9, null, rng))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MarslandNetwork(2, 2, 1, 1, .9, out, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void dataMethodsRejectBadShapesAndNonFiniteValues() {
        MarslandNetwork net = network(2, 2, 1, OutputKind.LOGISTIC, 3);
        double[][] x = MarslandXorVectorTest.X;
        double[][] t = MarslandXorVectorTest.XOR;
        double[][] threeColumns = {{0, 0, 0}, {0, 1, 0}, {1, 0, 0}, {1, 1, 0}};
        double[][] nanInput = {{0, 0}, {0, Double.NaN}, {1, 0}, {1, 1}};
        double[][] twoTargets = {{0, 1}, {1, 0}, {1, 0}, {0, 1}};
        double[][] threeRows = {{0}, {1}, {1}};
        assertThatThrownBy(() -> net.forward(threeColumns)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net.forward(nanInput)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> net.error(x, twoTargets)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net.error(x, threeRows)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net.confusionMatrix(x, threeRows)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net.train(nanInput, t, 0.25, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net.train(x, t, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eta");
        assertThatThrownBy(() -> net.train(x, t, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net.train(x, t, 0.25, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net.train(new double[0][2], new double[0][1], 0.25, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zeroIterationsChangeNothingAndForwardLeavesItsInputAlone() {
        MarslandNetwork net = network(2, 2, 1, OutputKind.LOGISTIC, 3);
        double[][] w1 = net.weights1();
        double[][] x = {{0.5, -0.5}, {1, 2}};
        double[][] t = {{1}, {0}};
        assertThat(net.train(x, t, 0.25, 0)).isEmpty();
        assertThat(net.weights1()).isDeepEqualTo(w1);
        double[][] y = net.forward(x);
        assertThat(y).hasDimensions(2, 1);
        assertThat(x).isDeepEqualTo(new double[][] {{0.5, -0.5}, {1, 2}});
        net.train(x, t, 0.25, 3);
        assertThat(x).as("train does not modify x").isDeepEqualTo(new double[][] {{0.5, -0.5}, {1, 2}});
        assertThat(t).as("train does not modify t").isDeepEqualTo(new double[][] {{1}, {0}});
    }

    @Test
    void extremeWeightsSaturateWithoutNaN() {
        MarslandNetwork logistic = network(1, 1, 2, OutputKind.LOGISTIC, 0);
        logistic.setWeights(new double[][] {{1e6}, {0}}, new double[][] {{1e6, -1e6}, {0, 0}});
        assertThat(logistic.forward(new double[][] {{1}, {-1}})).isDeepEqualTo(new double[][] {{1, 0}, {0.5, 0.5}});
        MarslandNetwork softmax = network(1, 1, 2, OutputKind.SOFTMAX, 0);
        softmax.setWeights(new double[][] {{1}, {0}}, new double[][] {{0, 0}, {-1e6, 1e6}});
        assertThat(softmax.forward(new double[][] {{0}})).isDeepEqualTo(new double[][] {{1, 0}});
    }
}
