package dlecon.solution.e1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e1.GradientDescent;
import dlecon.api.e1.LinearFit;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Mini-batch gradient descent: its two limits (batch and stochastic) and convergence to least squares. */
class MiniBatchRegressionTest {

    private final GradientDescent gd = new GradientDescentSolution();

    /** A small, well-conditioned noisy problem: x spread on [-1, 1], y = 1 + 2x + noise. */
    private static double[][] noisyLine(long seed, int m) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = -1 + 2.0 * i / (m - 1);
            y[i] = 1 + 2 * x[i] + 0.3 * r.nextGaussian();
        }
        return new double[][] {x, y};
    }

    @Test
    void theWholeDataAsOneBatchIsBatchDescent() {
        double[] x = NotebookData.cricketX();
        double[] y = NotebookData.cricketY();
        LinearFit mini = gd.miniBatchRegression(x, y, 1, 1, 1e-3, x.length, 200, new SplittableRandom(9));
        // gradTol 0 never stops a run whose gradient is not exactly zero, so batch makes exactly maxSteps updates
        LinearFit batch = gd.batchRegression(x, y, 1, 1, 1e-3, 0, 200);

        assertThat(mini.steps()).isEqualTo(200);
        // the shuffled order only changes the rounding of the 15-term sums
        Close.assertRelative("theta", new double[] {mini.theta0(), mini.theta1()},
                new double[] {batch.theta0(), batch.theta1()}, 1e-12);
    }

    @Test
    void batchesOfOneAreStochasticDescent() {
        double[] x = NotebookData.cricketX();
        double[] y = NotebookData.cricketY();

        assertThat(gd.miniBatchRegression(x, y, 1, 1, 1e-4, 1, 7, new SplittableRandom(4)))
                .isEqualTo(gd.stochasticRegression(x, y, 1, 1, 1e-4, 7, new SplittableRandom(4)));
    }

    @Test
    void stepsAreEpochsTimesTheNumberOfBatches() {
        qt().withFixedSeed(5).withExamples(100)
                .forAll(integers().between(1, 30), integers().between(1, 30), integers().between(0, 5),
                        longs().between(0, 1000))
                .assuming((m, b, e, s) -> b <= m)
                .checkAssert((m, b, epochs, seed) -> {
                    double[][] d = noisyLine(seed, Math.max(m, 2));
                    double[] x = java.util.Arrays.copyOf(d[0], m);
                    double[] y = java.util.Arrays.copyOf(d[1], m);
                    LinearFit fit = gd.miniBatchRegression(x, y, 0, 0, 0.01, b, epochs, new SplittableRandom(seed));
                    assertThat(fit.steps()).isEqualTo((long) epochs * ((m + b - 1) / b));
                });
    }

    @Test
    void convergesToLeastSquaresWithinTheStepSizeNoise() {
        // with a constant step, mini-batch descent does not converge: it hovers around the least-squares line, closer
        // for a smaller step (with a fresh order per epoch, faster than linearly: the reference's mean distance over
        // 10 seeds is 3.4e-3 at eta = .05 and 1.1e-4 at eta = .005). Same number of epochs x eta in both runs.
        double[][] d = noisyLine(17, 40);
        double[] ls = LeastSquares.fit(d[0], d[1]);
        double coarse = 0;
        double fine = 0;
        int seeds = 10;
        for (long seed = 0; seed < seeds; seed++) {
            LinearFit a = gd.miniBatchRegression(d[0], d[1], 0, 0, 0.05, 4, 500, new SplittableRandom(seed));
            LinearFit b = gd.miniBatchRegression(d[0], d[1], 0, 0, 0.005, 4, 5000, new SplittableRandom(seed));
            coarse += Math.hypot(a.theta0() - ls[0], a.theta1() - ls[1]) / seeds;
            fine += Math.hypot(b.theta0() - ls[0], b.theta1() - ls[1]) / seeds;
        }
        // bounds with a factor of about 6 of slack on the measured values
        assertThat(coarse).isLessThan(0.02);
        assertThat(fine).isLessThan(coarse / 5);
    }

    @Test
    void noiselessDataIsFittedExactly() {
        double[][] d = noisyLine(1, 20);
        double[] x = d[0];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = -0.5 + 1.5 * x[i];
        }
        LinearFit fit = gd.miniBatchRegression(x, y, 0, 0, 0.4, 3, 500, new SplittableRandom(2));

        assertThat(fit.theta0()).isCloseTo(-0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fit.theta1()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void badBatchSizesAreRejected() {
        double[] x = NotebookData.cricketX();
        double[] y = NotebookData.cricketY();
        assertThatThrownBy(() -> gd.miniBatchRegression(x, y, 1, 1, 1e-3, 0, 1, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> gd.miniBatchRegression(x, y, 1, 1, 1e-3, 16, 1, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> gd.miniBatchRegression(x, y, 1, 1, 1e-3, 5, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rng");
    }
}
