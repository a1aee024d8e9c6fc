package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e3.MlpFactory;
import org.junit.jupiter.api.Test;

/** Confusion matrices C[predicted][actual] and accuracy trace / sum on small hand-made examples. */
class ClassificationTest {

    private final MlpFactory f = new MlpSolution();

    @Test
    void oneOutputThresholdsAtOneHalf() {
        double[][] y = {{0.2}, {0.7}, {0.6}, {0.4}, {0.5}};
        double[][] t = {{0}, {1}, {0}, {1}, {1}};
        // (pred, actual): (0,0) (1,1) (1,0) (0,1) (0,1): 0.5 is not above the threshold
        int[][] c = f.confusionMatrix(y, t);
        assertThat(c).isDeepEqualTo(new int[][] {{1, 2}, {1, 1}});
        assertThat(f.accuracy(c)).isEqualTo(2.0 / 5);
    }

    @Test
    void severalOutputsUseTheArgmax() {
        double[][] y = {{0.8, 0.1, 0.1}, {0.2, 0.5, 0.3}, {0.3, 0.3, 0.4}, {0.1, 0.6, 0.3}};
        double[][] t = {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 0, 1}};
        int[][] c = f.confusionMatrix(y, t);
        assertThat(c).isDeepEqualTo(new int[][] {{1, 0, 0}, {0, 1, 1}, {0, 1, 0}});
        assertThat(f.accuracy(c)).isEqualTo(0.5);
    }

    @Test
    void accuracyOfEmptyMatricesIsNan() {
        assertThat(f.accuracy(new int[0][0])).isNaN();
        assertThat(f.accuracy(new int[2][2])).isNaN();
        assertThat(f.accuracy(f.confusionMatrix(new double[0][], new double[0][]))).isNaN();
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> f.confusionMatrix(new double[][] {{0.2, Double.NaN}}, new double[][] {{1, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> f.confusionMatrix(new double[][] {{0.2, 0.8}}, new double[][] {{1, 0, 0}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.accuracy(new int[][] {{1, 2}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.accuracy(new int[][] {{1, -1}, {0, 0}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
