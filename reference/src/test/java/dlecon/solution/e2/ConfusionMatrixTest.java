package dlecon.solution.e2;

import static dlecon.solution.e2.Columns.column;
import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.data.LogicTables;
import dlecon.api.e2.Perceptron;
import org.junit.jupiter.api.Test;

/** Confusion matrices C[predicted][actual] and accuracy = trace / sum, for one output and for several (argmax). */
class ConfusionMatrixTest {

    private final PerceptronSolution factory = new PerceptronSolution();

    @Test
    void oneOutputThresholdsTheActivationAtZeroAndTheTargetAtOneHalf() {
        Perceptron p = factory.create(2, 1);
        // W = [1, 1, 1.5] computes AND; activations for the four inputs are -1.5, -.5, -.5, .5
        p.setWeights(column(1, 1, 1.5));
        double[][] t = {{0}, {1}, {0.4}, {0.7}};

        // predictions 0, 0, 0, 1; actual classes 0, 1, 0, 1
        assertThat(p.confusionMatrix(LogicTables.inputs(), t)).isDeepEqualTo(new int[][] {{2, 1}, {0, 1}});
        assertThat(p.accuracy(LogicTables.inputs(), t)).isEqualTo(0.75);
    }

    @Test
    void andAfterTrainingIsFullyCorrect() {
        Perceptron p = factory.create(2, 1);
        p.train(LogicTables.and().x(), LogicTables.and().t(), 0.25, 3);

        assertThat(p.confusionMatrix(LogicTables.and().x(), LogicTables.and().t()))
                .isDeepEqualTo(new int[][] {{3, 0}, {0, 1}});
        assertThat(p.accuracy(LogicTables.and().x(), LogicTables.and().t())).isEqualTo(1.0);
    }

    @Test
    void xorWithZeroWeightsPredictsClassZeroEverywhere() {
        Perceptron p = factory.create(2, 1);
        assertThat(p.confusionMatrix(LogicTables.xor().x(), LogicTables.xor().t()))
                .isDeepEqualTo(new int[][] {{2, 2}, {0, 0}});
        assertThat(p.accuracy(LogicTables.xor().x(), LogicTables.xor().t())).isEqualTo(0.5);
    }

    @Test
    void severalOutputsUseTheArgmaxOfActivationAndTarget() {
        Perceptron p = factory.create(2, 3);
        // columns: class 0 scores x1, class 1 scores x2, class 2 scores the constant .5 (bias weight -.5, input -1)
        p.setWeights(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, -.5}});
        double[][] x = {{2, 0}, {0, 2}, {0, 0}, {1, 0}, {0.1, 0.2}, {3, 1}};
        // activations:   (2,0,.5)   (0,2,.5)   (0,0,.5)  (1,0,.5)  (.1,.2,.5)  (3,1,.5)
        // predicted:        0          1          2         0          2          0
        double[][] t = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}, {0, 0, 1}, {0, 0, 1}};
        // actual:           0          1          2         1          2          2

        assertThat(p.confusionMatrix(x, t)).isDeepEqualTo(new int[][] {{1, 1, 1}, {0, 1, 0}, {0, 0, 2}});
        assertThat(p.accuracy(x, t)).isEqualTo(4.0 / 6);
    }

    @Test
    void argmaxTiesGoToTheFirstIndexAsInNumpy() {
        Perceptron p = factory.create(1, 2);
        p.setWeights(new double[][] {{1, 1}, {0, 0}});
        // equal activations and equal targets: both argmax are 0
        assertThat(p.confusionMatrix(new double[][] {{3}}, new double[][] {{.5, .5}}))
                .isDeepEqualTo(new int[][] {{1, 0}, {0, 0}});
    }
}
