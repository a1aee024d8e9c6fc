package dlecon.solution.e5;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.e5.DropoutFactory;
import dlecon.api.nn.Layer;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statistics that make dropout what it is: each entry is dropped with probability p and the expected output
 * equals the input. Every bound is a two-sided 99.9% bound, checked on {@link #SEEDS} fixed seeds of which at least
 * {@link #MUST_PASS} must pass (a correct layer fails one seed with probability 0.001).
 */
class DropoutStatisticsTest {

    /** Two-sided 99.9% standard normal quantile, z_{0.9995}. */
    private static final double Z = 3.2905;

    private static final int SEEDS = 10;
    private static final int MUST_PASS = 9;

    private static final int ROWS = 200;
    private static final int COLS = 500;

    private final DropoutFactory factory = new DropoutSolution();

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 0.9})
    void droppedFractionIsWithinTheBinomialBound(double p) {
        // the number D of dropped entries among n = ROWS * COLS is Binomial(n, p):
        // |D - n p| <= z sqrt(n p (1 - p)) with probability 99.9% (normal approximation, n p (1-p) >= 9000)
        long n = (long) ROWS * COLS;
        double bound = Z * Math.sqrt(n * p * (1 - p));
        double[][] ones = new double[ROWS][COLS];
        for (double[] row : ones) {
            java.util.Arrays.fill(row, 1.0);
        }
        int passed = 0;
        StringBuilder counts = new StringBuilder();
        for (long seed = 0; seed < SEEDS; seed++) {
            Layer layer = factory.dropout(p, new SplittableRandom(seed));
            double[][] y = layer.forward(ones, true);
            long dropped = 0;
            for (double[] row : y) {
                for (double v : row) {
                    dropped += v == 0 ? 1 : 0;
                }
            }
            passed += Math.abs(dropped - n * p) <= bound ? 1 : 0;
            counts.append(dropped).append(' ');
        }
        assertThat(passed).as("seeds within n p +- %.1f (n p = %.0f), dropped counts: %s", bound, n * p, counts)
                .isGreaterThanOrEqualTo(MUST_PASS);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.8})
    void theMeanIsPreserved(double p) {
        // Y_ij = X_ij B_ij / (1-p) with B_ij ~ Bernoulli(1-p): E[Y_ij - X_ij] = 0, Var = X_ij^2 p / (1-p).
        // The average of the n differences has standard deviation sqrt(sum X_ij^2 p/(1-p)) / n; bound: z times that.
        SplittableRandom data = new SplittableRandom(99);
        double[][] x = new double[ROWS][COLS];
        double sumSquares = 0;
        for (double[] row : x) {
            for (int j = 0; j < COLS; j++) {
                row[j] = data.nextDouble(-1, 3);
                sumSquares += row[j] * row[j];
            }
        }
        long n = (long) ROWS * COLS;
        double bound = Z * Math.sqrt(sumSquares * p / (1 - p)) / n;
        int passed = 0;
        StringBuilder means = new StringBuilder();
        for (long seed = 0; seed < SEEDS; seed++) {
            double[][] y = factory.dropout(p, new SplittableRandom(seed)).forward(x, true);
            double diff = 0;
            for (int i = 0; i < ROWS; i++) {
                for (int j = 0; j < COLS; j++) {
                    diff += y[i][j] - x[i][j];
                }
            }
            diff /= n;
            passed += Math.abs(diff) <= bound ? 1 : 0;
            means.append(String.format("%.2e ", diff));
        }
        assertThat(passed).as("seeds with |mean(Y - X)| <= %.2e: %s", bound, means).isGreaterThanOrEqualTo(MUST_PASS);
    }
}
