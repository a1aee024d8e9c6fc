package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e3.OutputKind;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The first update of a {@code train} call (momentum terms still 0) is eta times the gradient of the book's error:
 * of E / N for the linear output (its delta carries 1/N) and of E itself for the logistic output (no 1/N, the
 * book's quirk). The gradient is checked against central finite differences of {@code error()} for random sizes,
 * data, beta and weights. The softmax delta keeps only the diagonal of the softmax Jacobian, so it is not a gradient
 * and is checked by {@link MarslandUpdateStepTest} instead.
 */
class MarslandGradientTest {

    /** Central-difference step: truncation ~ STEP^2 = 1e-10 relative, rounding ~ 1e-16 E / STEP = 1e-11 E. */
    private static final double STEP = 1e-5;
    /** Relative tolerance of the gradient check, with an absolute floor for near-zero components (below). */
    private static final double GRADIENT_TOL = 1e-6;
    /** Components below this size are compared absolutely at GRADIENT_TOL * GRADIENT_FLOOR = 1e-9. */
    private static final double GRADIENT_FLOOR = 1e-3;
    private static final double ETA = 0.1;
    private static final int EXAMPLES = 40;

    @Test
    void linearUpdateIsEtaTimesGradientOfErrorOverN() {
        qt().withFixedSeed(31L).withExamples(EXAMPLES)
                .forAll(integers().between(1, 4), integers().between(1, 5), integers().between(1, 3), longs().all())
                .checkAssert((m, h, k, seed) -> check(OutputKind.IDENTITY, m, h, k, seed));
    }

    @Test
    void logisticUpdateIsEtaTimesGradientOfError() {
        qt().withFixedSeed(37L).withExamples(EXAMPLES)
                .forAll(integers().between(1, 4), integers().between(1, 5), integers().between(1, 3), longs().all())
                .checkAssert((m, h, k, seed) -> check(OutputKind.LOGISTIC, m, h, k, seed));
    }

    private static void check(OutputKind kind, int m, int h, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(6);
        double beta = rng.nextDouble(0.5, 2.0);
        double[][] x = new double[n][m];
        double[][] t = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < m; p++) {
                x[i][p] = rng.nextDouble(-2, 2);
            }
            for (int c = 0; c < k; c++) {
                t[i][c] = kind == OutputKind.LOGISTIC ? rng.nextDouble() : rng.nextDouble(-1, 1);
            }
        }
        MarslandNetwork net = new MarslandNetwork(m, h, k, beta, 0.9, kind, rng);
        double[][] w1 = net.weights1();
        double[][] w2 = net.weights2();
        net.train(x, t, ETA, 1);
        double[][] w1After = net.weights1();
        double[][] w2After = net.weights2();
        double scale = kind == OutputKind.IDENTITY ? 1.0 / n : 1.0;
        String where = kind + " m=" + m + " H=" + h + " K=" + k + " N=" + n + " seed=" + seed;
        MarslandNetwork probe = new MarslandNetwork(m, h, k, beta, 0.9, kind, new SplittableRandom(0));
        for (int layer = 1; layer <= 2; layer++) {
            double[][] w = layer == 1 ? w1 : w2;
            double[][] after = layer == 1 ? w1After : w2After;
            for (int r = 0; r < w.length; r++) {
                for (int c = 0; c < w[r].length; c++) {
                    double keep = w[r][c];
                    w[r][c] = keep + STEP;
                    probe.setWeights(w1, w2);
                    double plus = probe.error(x, t);
                    w[r][c] = keep - STEP;
                    probe.setWeights(w1, w2);
                    double minus = probe.error(x, t);
                    w[r][c] = keep;
                    double numeric = scale * (plus - minus) / (2 * STEP);
                    double fromUpdate = (keep - after[r][c]) / ETA;
                    if (!Close.isClose(fromUpdate, numeric, GRADIENT_TOL, GRADIENT_FLOOR)) {
                        fail("%s: (W%d[%d][%d] before - after) / eta = %.12g but the finite-difference gradient is "
                                + "%.12g", where, layer, r, c, fromUpdate, numeric);
                    }
                }
            }
        }
    }
}
