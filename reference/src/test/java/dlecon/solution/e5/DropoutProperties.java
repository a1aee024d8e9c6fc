package dlecon.solution.e5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.nn.Layer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For random p, shapes and seeds: the forward pass equals X * M with M recomputed here from a generator with the same
 * seed (one {@code nextDouble() < p} per entry, row by row), the backward pass equals dE/dY * M with that mask, and
 * inference is the identity. Compared with {@code ==} (so -0.0 == 0.0).
 */
class DropoutProperties {

    private final DropoutSolution factory = new DropoutSolution();

    @Test
    void forwardAndBackwardUseTheDocumentedMask() {
        qt().withFixedSeed(31).withExamples(300)
                .forAll(doubles().between(0, 0.95), integers().between(1, 25), integers().between(1, 25),
                        longs().between(0, Long.MAX_VALUE))
                .checkAssert((p, rows, cols, seed) -> {
                    SplittableRandom data = new SplittableRandom(~seed);
                    double[][] x = new double[rows][cols];
                    double[][] g = new double[rows][cols];
                    for (int i = 0; i < rows; i++) {
                        for (int j = 0; j < cols; j++) {
                            x[i][j] = data.nextDouble(-5, 5);
                            g[i][j] = data.nextDouble(-5, 5);
                        }
                    }
                    Layer layer = factory.dropout(p, new SplittableRandom(seed));
                    double[][] y = layer.forward(x, true);
                    double[][] dx = layer.backward(g);

                    SplittableRandom same = new SplittableRandom(seed);
                    double scale = 1.0 / (1.0 - p);
                    for (int i = 0; i < rows; i++) {
                        for (int j = 0; j < cols; j++) {
                            double m = same.nextDouble() < p ? 0.0 : scale;
                            assertThat(y[i][j] == x[i][j] * m).as("Y(%d, %d), p = %s", i, j, p).isTrue();
                            assertThat(dx[i][j] == g[i][j] * m).as("dX(%d, %d), p = %s", i, j, p).isTrue();
                        }
                    }
                });
    }

    @Test
    void inferenceIsTheIdentityForEveryPAndShape() {
        qt().withFixedSeed(32).withExamples(200)
                .forAll(doubles().between(0, 0.99), integers().between(1, 25), integers().between(1, 25),
                        longs().between(0, Long.MAX_VALUE))
                .checkAssert((p, rows, cols, seed) -> {
                    SplittableRandom data = new SplittableRandom(seed);
                    double[][] x = new double[rows][cols];
                    for (double[] row : x) {
                        for (int j = 0; j < cols; j++) {
                            row[j] = data.nextDouble(-5, 5);
                        }
                    }
                    Layer layer = factory.dropout(p, new SplittableRandom(seed));
                    assertThat(layer.forward(x, false)).isDeepEqualTo(x);
                    assertThat(layer.backward(x)).isDeepEqualTo(x);
                });
    }
}
