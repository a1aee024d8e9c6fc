package dlecon.solution.e2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e2.Perceptron;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For random sizes, weights, inputs, targets and learning rates, one training step equals W - eta X_b^T (y - T) with
 * y = [X_b W &gt; 0], both computed here by plain loops, independently of the reference.
 */
class PerceptronUpdateProperties {

    /** Sums of at most 30 products of O(1) numbers, in the same order: agreement to rounding. */
    private static final double REL_TOL = 1e-12;

    private final PerceptronSolution factory = new PerceptronSolution();

    @Test
    void oneStepIsWMinusEtaXbTransposedTimesError() {
        qt().withFixedSeed(2024).withExamples(300)
                .forAll(integers().between(1, 6), integers().between(1, 4), integers().between(1, 30),
                        longs().between(0, Long.MAX_VALUE))
                .checkAssert((m, n, rows, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double[][] w = new double[m + 1][n];
                    for (double[] row : w) {
                        for (int j = 0; j < n; j++) {
                            row[j] = r.nextDouble(-1, 1);
                        }
                    }
                    double[][] x = new double[rows][m];
                    double[][] t = new double[rows][n];
                    for (int i = 0; i < rows; i++) {
                        for (int k = 0; k < m; k++) {
                            x[i][k] = r.nextDouble(-2, 2);
                        }
                        for (int j = 0; j < n; j++) {
                            t[i][j] = r.nextBoolean() ? 1 : 0;
                        }
                    }
                    double eta = r.nextDouble(0.01, 1);

                    double[][] expected = expectedStep(w, x, t, eta);
                    Perceptron p = factory.create(m, n);
                    p.setWeights(w);
                    p.trainStep(x, t, eta);
                    Close.assertRelative("W after one step", p.weights(), expected, REL_TOL);
                });
    }

    @Test
    void recallIsTheStrictThresholdOfXbW() {
        qt().withFixedSeed(77).withExamples(200)
                .forAll(integers().between(1, 5), integers().between(1, 4), doubles().between(-1, 1),
                        longs().between(0, Long.MAX_VALUE))
                .checkAssert((m, n, scale, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double[][] w = new double[m + 1][n];
                    for (double[] row : w) {
                        for (int j = 0; j < n; j++) {
                            row[j] = scale * r.nextDouble(-1, 1);
                        }
                    }
                    double[][] x = new double[10][m];
                    for (double[] row : x) {
                        for (int k = 0; k < m; k++) {
                            row[k] = r.nextInt(-2, 3);
                        }
                    }
                    Perceptron p = factory.create(m, n);
                    p.setWeights(w);
                    double[][] y = p.recall(x);
                    double[][] a = activations(w, x);
                    for (int i = 0; i < x.length; i++) {
                        for (int j = 0; j < n; j++) {
                            assertThat(y[i][j]).isEqualTo(a[i][j] > 0 ? 1.0 : 0.0);
                        }
                    }
                });
    }

    /** X_b W with X_b = [X, -1]. */
    private static double[][] activations(double[][] w, double[][] x) {
        int m = x[0].length;
        int n = w[0].length;
        double[][] a = new double[x.length][n];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += x[i][k] * w[k][j];
                }
                a[i][j] = s - w[m][j];
            }
        }
        return a;
    }

    private static double[][] expectedStep(double[][] w, double[][] x, double[][] t, double eta) {
        int m = x[0].length;
        int n = w[0].length;
        double[][] a = activations(w, x);
        double[][] next = new double[m + 1][n];
        for (int k = 0; k <= m; k++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < x.length; i++) {
                    double xb = k < m ? x[i][k] : -1;
                    double y = a[i][j] > 0 ? 1 : 0;
                    s += xb * (y - t[i][j]);
                }
                next[k][j] = w[k][j] - eta * s;
            }
        }
        return next;
    }
}
