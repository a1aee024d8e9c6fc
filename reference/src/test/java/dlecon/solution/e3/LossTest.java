package dlecon.solution.e3;

import static dlecon.testing.Close.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.linalg.Matrices;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The three losses: hand-computed values and gradients, the log(0) guard, gradients vs finite differences. */
class LossTest {

    /** Hand-computed values through a few roundings. */
    private static final double EXACT = 1e-14;
    /** -log(PROBABILITY_FLOOR) = -log(1e-15): the largest one-sample cross-entropy. */
    private static final double MAX_NATS = -Math.log(LossKind.PROBABILITY_FLOOR);

    private final MlpFactory f = new MlpSolution();

    @Test
    void meanSquaredError() {
        Loss mse = f.loss(LossKind.MSE);
        double[][] y = {{1, 2}, {3, 4}};
        double[][] t = {{0, 2}, {3, 1}};
        // (1 + 0 + 0 + 9) / (N K = 4)
        assertThat(mse.value(y, t)).isEqualTo(2.5);
        assertThat(mse.gradient(y, t)).isDeepEqualTo(new double[][] {{0.5, 0}, {0, 1.5}});
    }

    @Test
    void binaryCrossEntropy() {
        Loss bce = f.loss(LossKind.BINARY_CROSS_ENTROPY);
        double[][] y = {{0.9}, {0.2}};
        double[][] t = {{1}, {0}};
        assertRelative("BCE", bce.value(y, t), -(Math.log(0.9) + Math.log(0.8)) / 2, EXACT);
        // (y - t) / (y (1 - y) N K)
        double[][] g = bce.gradient(y, t);
        assertRelative("dBCE/dy row 0", g[0][0], -0.1 / (0.09 * 2), EXACT);
        assertRelative("dBCE/dy row 1", g[1][0], 0.2 / (0.16 * 2), EXACT);
    }

    @Test
    void softmaxCrossEntropy() {
        Loss ce = f.loss(LossKind.SOFTMAX_CROSS_ENTROPY);
        double[][] y = {{0.7, 0.2, 0.1}, {0.25, 0.25, 0.5}};
        double[][] t = {{1, 0, 0}, {0, 0, 1}};
        // -1/N sum t log y
        assertRelative("CE", ce.value(y, t), -(Math.log(0.7) + Math.log(0.5)) / 2, EXACT);
        double[][] g = ce.gradient(y, t);
        assertRelative("dCE/dy", g[0], new double[] {-1 / (0.7 * 2), 0, 0}, EXACT);
        assertRelative("dCE/dy", g[1], new double[] {0, 0, -1 / (0.5 * 2)}, EXACT);
    }

    @Test
    void crossEntropiesNeverTakeTheLogOfZero() {
        Loss ce = f.loss(LossKind.SOFTMAX_CROSS_ENTROPY);
        // The true class has probability 0: the floor 1e-15 gives -log(1e-15) = 34.5, not infinity.
        assertRelative("CE with y = 0 on the true class", ce.value(new double[][] {{0, 1}}, new double[][] {{1, 0}}),
                MAX_NATS, EXACT);
        // y = 0 on a class with t = 0 contributes nothing (0 * log(floor) = 0).
        assertThat(ce.value(new double[][] {{1, 0}}, new double[][] {{1, 0}})).isZero();
        assertThat(ce.gradient(new double[][] {{0, 1}}, new double[][] {{1, 0}})[0][0]).isFinite();

        Loss bce = f.loss(LossKind.BINARY_CROSS_ENTROPY);
        assertRelative("BCE at y = 0, t = 1", bce.value(new double[][] {{0}}, new double[][] {{1}}), MAX_NATS, 1e-12);
        // 1 - (1 - 1e-15) is 9.992e-16 in binary floating point, so this one is -log(9.992e-16), 2.3e-5 above.
        assertRelative("BCE at y = 1, t = 0", bce.value(new double[][] {{1}}, new double[][] {{0}}), MAX_NATS, 1e-4);
        assertThat(bce.value(new double[][] {{0}}, new double[][] {{0}})).isBetween(0.0, 1e-14);
        double[][] g = bce.gradient(new double[][] {{0}, {1}}, new double[][] {{1}, {0}});
        assertThat(g[0][0]).isFinite();
        assertThat(g[1][0]).isFinite();
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void gradientMatchesFiniteDifferences(LossKind kind) {
        Loss loss = f.loss(kind);
        double h = 1e-5;
        qt().withFixedSeed(11).withExamples(200)
                .forAll(integers().between(1, 5), integers().between(1, 4), longs().all())
                .checkAssert((n, k, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[][] y = new double[n][k];
                    double[][] t = new double[n][k];
                    for (int r = 0; r < n; r++) {
                        for (int j = 0; j < k; j++) {
                            y[r][j] = kind == LossKind.MSE ? rng.nextDouble(-3, 3) : rng.nextDouble(0.05, 0.95);
                            t[r][j] = kind == LossKind.MSE ? rng.nextDouble(-3, 3) : rng.nextDouble();
                        }
                    }
                    double[][] g = loss.gradient(y, t);
                    for (int r = 0; r < n; r++) {
                        for (int j = 0; j < k; j++) {
                            double saved = y[r][j];
                            double[] e = new double[4];
                            double[] offsets = {-2 * h, -h, h, 2 * h};
                            for (int s = 0; s < 4; s++) {
                                y[r][j] = saved + offsets[s];
                                e[s] = loss.value(y, t);
                            }
                            y[r][j] = saved;
                            double numeric = (e[0] - 8 * e[1] + 8 * e[2] - e[3]) / (12 * h);
                            assertThat(GradientCheck.error(g[r][j], numeric))
                                    .as("%s dE/dy[%d][%d]: %s vs %s", kind, r, j, g[r][j], numeric)
                                    .isLessThan(GradientCheck.TOLERANCE);
                        }
                    }
                });
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void argumentsAreNotModifiedAndNanIsVisible(LossKind kind) {
        Loss loss = f.loss(kind);
        double[][] y = {{0.3, 0.7}};
        double[][] t = {{0, 1}};
        double[][] y0 = Matrices.copy(y);
        double[][] t0 = Matrices.copy(t);
        loss.value(y, t);
        loss.gradient(y, t);
        assertThat(y).isDeepEqualTo(y0);
        assertThat(t).isDeepEqualTo(t0);
        assertThat(loss.value(new double[][] {{Double.NaN, 0.5}}, t)).isNaN();
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void shapeErrors(LossKind kind) {
        Loss loss = f.loss(kind);
        double[][] y = {{0.5, 0.5}, {0.5, 0.5}};
        assertThatThrownBy(() -> loss.value(y, new double[][] {{1, 0, 0}, {0, 1, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targets");
        assertThatThrownBy(() -> loss.gradient(y, new double[][] {{1, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows");
        assertThatThrownBy(() -> loss.value(new double[0][], new double[0][]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rows");
        assertThatThrownBy(() -> loss.value(new double[][] {{0.5, 0.5}, {0.5}}, y))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> loss.value(y, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
