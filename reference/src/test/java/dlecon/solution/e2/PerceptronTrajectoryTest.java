package dlecon.solution.e2;

import static dlecon.solution.e2.Columns.column;
import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.api.Solutions;
import dlecon.api.data.Dataset;
import dlecon.api.data.LogicTables;
import dlecon.api.e2.Perceptron;
import dlecon.api.e2.PerceptronFactory;
import dlecon.testing.Close;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The course's test vectors: weights after each of the first iterations of full-batch training with eta = .25 on
 * AND, OR and XOR (course-spec section 1; recomputed with numpy from Marsland's {@code pcntrain}).
 */
class PerceptronTrajectoryTest {

    /** Sums of a few multiples of .25 and of the initial weights: exact up to the rounding of .01, -.02, .03. */
    private static final double REL_TOL = 1e-12;

    private static final double ETA = 0.25;

    private final PerceptronFactory factory = Solutions.load(Exercise.E2, PerceptronFactory.class);

    /** Trains from w0 and compares W after iterations 1, 2, ... with the expected rows [w1, w2, w_bias]. */
    private void assertTrajectory(Dataset data, double[] w0, double[]... expected) {
        Perceptron p = factory.create(2, 1);
        p.setWeights(column(w0));
        double[][][] history = p.train(data.x(), data.t(), ETA, expected.length);

        assertThat(history.length).isEqualTo(expected.length);
        for (int k = 0; k < expected.length; k++) {
            Close.assertRelative("W after iteration " + (k + 1) + " from " + Arrays.toString(w0), history[k],
                    column(expected[k]), REL_TOL);
        }
        Close.assertRelative("weights() after training", p.weights(), column(expected[expected.length - 1]),
                REL_TOL);
    }

    @Test
    void andFromZero() {
        double[] w0 = {0, 0, 0};
        assertTrajectory(LogicTables.and(), w0, new double[] {.25, .25, -.25}, new double[] {0, 0, .5},
                new double[] {.25, .25, .25}, new double[] {.25, .25, .25}, new double[] {.25, .25, .25});
        Perceptron p = factory.create(2, 1);
        p.train(LogicTables.and().x(), LogicTables.and().t(), ETA, 3);
        assertThat(p.recall(LogicTables.inputs())).isDeepEqualTo(new double[][] {{0}, {0}, {0}, {1}});
    }

    @Test
    void orFromZero() {
        assertTrajectory(LogicTables.or(), new double[] {0, 0, 0}, new double[] {.5, .5, -.75},
                new double[] {.5, .5, -.5}, new double[] {.5, .5, -.25}, new double[] {.5, .5, 0},
                new double[] {.5, .5, 0});
    }

    @Test
    void xorFromZeroAlternatesForever() {
        double[] a = {.25, .25, -.5};
        double[] b = {0, 0, 0};
        assertTrajectory(LogicTables.xor(), b, a, b, a, b, a, b, a, b);
    }

    @Test
    void andFromSmallWeights() {
        assertTrajectory(LogicTables.and(), new double[] {.01, -.02, .03}, new double[] {.26, .23, -.22},
                new double[] {.01, -.02, .53}, new double[] {.26, .23, .28}, new double[] {.26, .23, .28});
    }

    @Test
    void orFromSmallWeights() {
        assertTrajectory(LogicTables.or(), new double[] {.01, -.02, .03}, new double[] {.51, .48, -.72},
                new double[] {.51, .48, -.47}, new double[] {.51, .48, -.22}, new double[] {.51, .48, .03},
                new double[] {.51, .48, .03});
    }

    @Test
    void xorFromSmallWeightsCycles() {
        double[] w0 = {.01, -.02, .03};
        double[] a = {.26, .23, -.47};
        assertTrajectory(LogicTables.xor(), w0, a, w0, a, w0, a, w0);
    }

    @Test
    void theThresholdIsStrictAndTheBiasInputIsMinusOne() {
        Perceptron p = factory.create(2, 1);
        // bias weight .5 with bias input -1 contributes -.5: x = (.5, 0) gives exactly 0, which is not > 0
        p.setWeights(column(1, 0, .5));
        assertThat(p.recall(new double[][] {{.5, 0}, {.5000001, 0}, {0, 7}}))
                .isDeepEqualTo(new double[][] {{0}, {1}, {0}});
    }

    @Test
    void newPerceptronsHaveZeroWeightsOfTheRightShape() {
        Perceptron p = factory.create(4, 3);
        assertThat(p.inputs()).isEqualTo(4);
        assertThat(p.outputs()).isEqualTo(3);
        assertThat(p.weights()).isDeepEqualTo(new double[5][3]);
    }

    @Test
    void trainingWithZeroIterationsChangesNothing() {
        Perceptron p = factory.create(2, 1);
        p.setWeights(column(.1, .2, .3));
        assertThat(p.train(LogicTables.and().x(), LogicTables.and().t(), ETA, 0).length).isZero();
        assertThat(p.weights()).isDeepEqualTo(column(.1, .2, .3));
    }
}
