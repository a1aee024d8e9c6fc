package dlecon.solution.e2;

import static dlecon.solution.e2.Columns.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.data.LogicTables;
import dlecon.api.e2.Perceptron;
import org.junit.jupiter.api.Test;

/** Shapes, bad values and copies: every misuse is an {@link IllegalArgumentException} naming the culprit. */
class PerceptronArgumentsTest {

    private final PerceptronSolution factory = new PerceptronSolution();
    private final Perceptron p = factory.create(2, 1);
    private final double[][] x = LogicTables.inputs();
    private final double[][] t = LogicTables.and().t();

    @Test
    void sizesBelowOneAreRejected() {
        assertThatThrownBy(() -> factory.create(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.create(2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightsOfTheWrongShapeOrValueAreRejected() {
        assertThatThrownBy(() -> p.setWeights(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.setWeights(new double[2][1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 rows");
        assertThatThrownBy(() -> p.setWeights(new double[3][2])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.setWeights(new double[][] {{1}, {2, 3}, {4}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
        assertThatThrownBy(() -> p.setWeights(column(1, Double.NaN, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("W[1][0]");
    }

    @Test
    void inputsOfTheWrongShapeOrValueAreRejected() {
        assertThatThrownBy(() -> p.recall(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.recall(new double[][] {{1, 2, 3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X");
        assertThatThrownBy(() -> p.recall(new double[0][2])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.recall(new double[][] {{0, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X[0][1]");
    }

    @Test
    void targetsOfTheWrongShapeAreRejected() {
        assertThatThrownBy(() -> p.trainStep(x, new double[3][1], 0.25))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T");
        assertThatThrownBy(() -> p.trainStep(x, new double[4][2], 0.25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.train(x, null, 0.25, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.confusionMatrix(x, new double[5][1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.accuracy(new double[][] {{1}}, new double[1][1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badLearningRatesAndIterationCountsAreRejected() {
        assertThatThrownBy(() -> p.trainStep(x, t, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.trainStep(x, t, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.train(x, t, 0.25, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRejectedCallLeavesTheWeightsAlone() {
        p.setWeights(column(.1, .2, .3));
        assertThatThrownBy(() -> p.trainStep(x, new double[3][1], 0.25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.setWeights(new double[][] {{1}, {2}, {Double.POSITIVE_INFINITY}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(p.weights()).isDeepEqualTo(column(.1, .2, .3));
    }

    @Test
    void weightsAreCopiedInAndOutAndArgumentsAreNotModified() {
        double[][] w = column(.1, .2, .3);
        p.setWeights(w);
        w[0][0] = 99;
        double[][] out = p.weights();
        out[1][0] = 99;
        assertThat(p.weights()).isDeepEqualTo(column(.1, .2, .3));

        double[][] xc = LogicTables.inputs();
        double[][] tc = LogicTables.and().t();
        p.train(xc, tc, 0.25, 3);
        p.confusionMatrix(xc, tc);
        assertThat(xc).isDeepEqualTo(LogicTables.inputs());
        assertThat(tc).isDeepEqualTo(LogicTables.and().t());
    }
}
