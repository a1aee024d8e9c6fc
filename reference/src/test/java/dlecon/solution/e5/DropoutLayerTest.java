package dlecon.solution.e5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.Exercise;
import dlecon.api.Solutions;
import dlecon.api.e5.DropoutFactory;
import dlecon.api.nn.Layer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forward and backward passes entry by entry. Values are compared with {@code ==}: a dropped entry is x * 0,
 * which is -0.0 for a negative x, and -0.0 == 0.0.
 */
class DropoutLayerTest {

    private final DropoutFactory factory = Solutions.load(Exercise.E5, DropoutFactory.class);

    private static double[][] random(long seed, int rows, int cols) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                // away from 0, so that a zero output means a dropped entry
                row[j] = (r.nextBoolean() ? 1 : -1) * r.nextDouble(0.5, 2);
            }
        }
        return a;
    }

    @Test
    void trainingOutputIsZeroOrTheScaledInputAndBackwardUsesTheSameMask() {
        double p = 0.3;
        double scale = 1.0 / (1.0 - p);
        Layer layer = factory.dropout(p, new SplittableRandom(1));
        double[][] x = random(2, 30, 40);
        double[][] g = random(3, 30, 40);

        double[][] y = layer.forward(x, true);
        double[][] dx = layer.backward(g);
        int dropped = 0;
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 40; j++) {
                if (y[i][j] == 0) {
                    dropped++;
                    assertThat(dx[i][j] == 0).as("gradient at dropped (%d, %d)", i, j).isTrue();
                } else {
                    assertThat(y[i][j] == x[i][j] * scale).as("output at kept (%d, %d)", i, j).isTrue();
                    assertThat(dx[i][j] == g[i][j] * scale).as("gradient at kept (%d, %d)", i, j).isTrue();
                }
            }
        }
        assertThat(dropped).isBetween(1, 1199);
        // a second backward pass refers to the same forward pass
        assertThat(layer.backward(g)).isDeepEqualTo(dx);
    }

    @Test
    void inferenceIsTheIdentityAndSoIsItsBackwardPass() {
        Layer layer = factory.dropout(0.5, new SplittableRandom(4));
        double[][] x = random(5, 7, 3);
        double[][] g = random(6, 7, 3);
        layer.forward(x, true);

        double[][] y = layer.forward(x, false);
        assertThat(y).isDeepEqualTo(x).isNotSameAs(x);
        double[][] dx = layer.backward(g);
        assertThat(dx).isDeepEqualTo(g).isNotSameAs(g);
    }

    @Test
    void zeroDropProbabilityIsTheIdentityWhileTraining() {
        Layer layer = factory.dropout(0.0, new SplittableRandom(8));
        double[][] x = random(9, 11, 13);
        double[][] g = random(10, 11, 13);

        assertThat(layer.forward(x, true)).isDeepEqualTo(x);
        assertThat(layer.backward(g)).isDeepEqualTo(g);
    }

    @Test
    void sameSeedSameMaskOtherSeedOtherMaskNextPassNewMask() {
        double[][] x = random(11, 20, 20);
        double[][] a = factory.dropout(0.5, new SplittableRandom(12)).forward(x, true);
        double[][] b = factory.dropout(0.5, new SplittableRandom(12)).forward(x, true);
        Layer layer = factory.dropout(0.5, new SplittableRandom(13));
        double[][] c = layer.forward(x, true);
        double[][] d = layer.forward(x, true);

        // 400 entries with p = .5: two independent masks agree with probability 2^-400
        assertThat(a).isDeepEqualTo(b);
        assertThat(c).isNotEqualTo(a);
        assertThat(d).isNotEqualTo(c);
    }

    @Test
    void theMaskIsDrawnRowByRowWithOneDrawPerEntry() {
        double p = 0.4;
        double[][] x = random(14, 3, 5);
        double[][] y = factory.dropout(p, new SplittableRandom(15)).forward(x, true);
        SplittableRandom same = new SplittableRandom(15);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 5; j++) {
                double expected = same.nextDouble() < p ? 0.0 : x[i][j] * (1.0 / (1.0 - p));
                assertThat(y[i][j] == expected).as("entry (%d, %d)", i, j).isTrue();
            }
        }
    }

    @Test
    void backwardBeforeAnyForwardPassIsAnError() {
        Layer layer = factory.dropout(0.5, new SplittableRandom(1));
        assertThatThrownBy(() -> layer.backward(new double[][] {{1}})).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, 1.5, Double.NaN, Double.NEGATIVE_INFINITY})
    void dropProbabilitiesOutsideTheUnitIntervalAreRejected(double p) {
        assertThatThrownBy(() -> factory.dropout(p, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p");
    }

    @Test
    void shapeErrorsAreRejected() {
        Layer layer = factory.dropout(0.5, new SplittableRandom(1));
        assertThatThrownBy(() -> factory.dropout(0.5, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layer.forward(null, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layer.forward(new double[][] {{1, 2}, {3}}, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
        layer.forward(new double[2][3], true);
        assertThatThrownBy(() -> layer.backward(new double[2][4])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layer.backward(new double[3][3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layer.backward(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nanInputsStayVisible() {
        Layer layer = factory.dropout(0.5, new SplittableRandom(3));
        double[][] x = new double[10][10];
        for (double[] row : x) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (double[] row : layer.forward(x, true)) {
            for (double v : row) {
                assertThat(v).isNaN();
            }
        }
    }

    @Test
    void argumentsAreNotModifiedAndTheLayerHasNoParameters() {
        Layer layer = factory.dropout(0.5, new SplittableRandom(3));
        double[][] x = random(1, 4, 4);
        double[][] g = random(2, 4, 4);
        layer.forward(x, true);
        layer.backward(g);

        assertThat(x).isDeepEqualTo(random(1, 4, 4));
        assertThat(g).isDeepEqualTo(random(2, 4, 4));
        assertThat(layer.parameters()).isEmpty();
        assertThat(layer.inputSize()).isEqualTo(-1);
        assertThat(layer.outputSize()).isEqualTo(-1);
        assertThat(layer.name()).contains("dropout").contains("0.5");
    }
}
