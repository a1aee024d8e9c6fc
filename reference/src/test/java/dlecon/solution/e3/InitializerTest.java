package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e3.InitKind;
import dlecon.api.e3.Initializer;
import dlecon.api.e3.MlpFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Initialiser statistics on a 200 x 300 matrix (M = 60000 entries). Bounds on sample statistics are five standard
 * errors, so a correct initialiser fails with probability below 1e-6 per check (and the seeds are fixed anyway),
 * while a wrong scale (e.g. 1/n_in instead of 2/n_in, a factor 2 in variance) misses by hundreds of them.
 */
class InitializerTest {

    private static final int N_IN = 200;
    private static final int N_OUT = 300;
    private static final int M = N_IN * N_OUT;
    private static final double Z = 5;

    private final MlpFactory f = new MlpSolution();

    private double[][] draw(InitKind kind, long seed) {
        return f.initializer(kind).weights(N_IN, N_OUT, new SplittableRandom(seed));
    }

    private static double[] moments(double[][] w) {
        double sum = 0;
        double sumSq = 0;
        double maxAbs = 0;
        for (double[] row : w) {
            for (double v : row) {
                sum += v;
                sumSq += v * v;
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        double mean = sum / M;
        return new double[] {mean, sumSq / M - mean * mean, maxAbs};
    }

    /** U(-a, a): variance a^2 / 3; Var(w^2) = a^4/5 - a^4/9, so the sample variance has relative sd sqrt(0.8 / M). */
    private static void assertUniform(double[][] w, double a) {
        double[] m = moments(w);
        assertThat(m[2]).as("max |w|").isLessThanOrEqualTo(a).isGreaterThan(0.999 * a);
        assertThat(Math.abs(m[0])).as("mean").isLessThan(Z * a / Math.sqrt(3 * M));
        assertThat(Math.abs(m[1] / (a * a / 3) - 1)).as("variance / (a^2/3) - 1").isLessThan(Z * Math.sqrt(0.8 / M));
    }

    @Test
    void marslandUniform() {
        assertUniform(draw(InitKind.MARSLAND_UNIFORM, 1), 1 / Math.sqrt(N_IN));
    }

    @Test
    void xavierUniform() {
        assertUniform(draw(InitKind.XAVIER_UNIFORM, 2), Math.sqrt(6.0 / (N_IN + N_OUT)));
    }

    @Test
    void heNormal() {
        double[][] w = draw(InitKind.HE_NORMAL, 3);
        double[] m = moments(w);
        double variance = 2.0 / N_IN;
        // Normal: the sample variance has relative sd sqrt(2 / (M - 1)) (2.9% for Z = 5 here).
        assertThat(Math.abs(m[1] / variance - 1)).as("variance / (2/n_in) - 1").isLessThan(Z * Math.sqrt(2.0 / (M - 1)));
        assertThat(Math.abs(m[0])).as("mean").isLessThan(Z * Math.sqrt(variance / M));
        // Normal, not uniform: P(|w| < sd) = 0.6827 (a uniform of that variance gives 0.577).
        int within = 0;
        for (double[] row : w) {
            for (double v : row) {
                within += Math.abs(v) < Math.sqrt(variance) ? 1 : 0;
            }
        }
        double p = 0.6826894921370859;
        assertThat(Math.abs((double) within / M - p)).as("fraction within one sd")
                .isLessThan(Z * Math.sqrt(p * (1 - p) / M));
    }

    @Test
    void entriesAreDrawnRowByRow() {
        // Marsland's formula, draw by draw: (u - 0.5) * 2 / sqrt(n_in) with u = rng.nextDouble().
        double[][] w = f.initializer(InitKind.MARSLAND_UNIFORM).weights(3, 2, new SplittableRandom(9));
        SplittableRandom rng = new SplittableRandom(9);
        for (double[] row : w) {
            for (double v : row) {
                assertThat(v).isEqualTo((rng.nextDouble() - 0.5) * 2 / Math.sqrt(3));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(InitKind.class)
    void sameSeedSameWeightsAndTheRightShape(InitKind kind) {
        Initializer init = f.initializer(kind);
        double[][] a = init.weights(4, 7, new SplittableRandom(42));
        assertThat(a).hasDimensions(4, 7);
        assertThat(init.weights(4, 7, new SplittableRandom(42))).isDeepEqualTo(a);
        assertThat(init.weights(4, 7, new SplittableRandom(43))).isNotEqualTo(a);
        assertThatThrownBy(() -> init.weights(0, 3, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n_in");
    }

    @Test
    void denseLayersStartWithTheInitialiserWeightsAndZeroBias() {
        var layer = f.dense(3, 2, InitKind.HE_NORMAL, new SplittableRandom(5));
        double[][] w = f.initializer(InitKind.HE_NORMAL).weights(3, 2, new SplittableRandom(5));
        assertThat(layer.parameters().get(0).values()).containsExactly(w[0][0], w[0][1], w[1][0], w[1][1], w[2][0],
                w[2][1]);
        assertThat(layer.parameters().get(1).values()).containsExactly(0.0, 0.0);
    }
}
