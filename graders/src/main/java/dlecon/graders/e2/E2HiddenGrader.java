package dlecon.graders.e2;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.Exercise;
import dlecon.api.data.Dataset;
import dlecon.api.data.LogicTables;
import dlecon.api.e2.Perceptron;
import dlecon.api.e2.PerceptronFactory;
import dlecon.grading.api.Property;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hidden E2 graders: the update rule on random data, the trajectories from a non-zero start, the confusion matrix and
 * the weights' shape and initialisation.
 */
@GraderSuite(exercise = Exercise.E2, visibility = Visibility.HIDDEN)
class E2HiddenGrader {

    /** One update sums N products: rounding stays far below this. */
    private static final double REL = 1e-12;
    /** Additive absolute slack for entries that cancel to about 0. */
    private static final double ABS = 1e-13;
    /** Random confusion-matrix cases. */
    private static final int CONFUSION_EXAMPLES = 100;

    @Test
    @DisplayName("one training step equals W - eta X_b^T (y - T) on random data with several outputs")
    @Graded(points = 2, category = "perceptron update",
            hint = "trainStep: bias input -1 in the LAST column (last row of W), strict threshold > 0, full batch")
    void trainStepFormula(PerceptronFactory factory, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < 5; c++) {
            int m = 1 + rng.nextInt(4);
            int n = 1 + rng.nextInt(3);
            int rows = 2 + rng.nextInt(6);
            double[][] x = new double[rows][m];
            double[][] t = new double[rows][n];
            double[][] w = new double[m + 1][n];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < m; j++) {
                    x[i][j] = rng.nextGaussian();
                }
                for (int k = 0; k < n; k++) {
                    t[i][k] = rng.nextBoolean() ? 1 : 0;
                }
            }
            for (double[] row : w) {
                for (int k = 0; k < n; k++) {
                    row[k] = rng.nextGaussian() * 0.5;
                }
            }
            double eta = 0.05 + rng.nextDouble();
            credit.check(rows + " x " + m + " inputs, " + n + " outputs", () -> {
                Perceptron p = factory.create(m, n);
                p.setWeights(w);
                double[][] y = recall(x, w);
                Expect.that("recall", Arrays.deepEquals(p.recall(x), y), Arrays.deepToString(y),
                        Arrays.deepToString(p.recall(x)));
                p.trainStep(x, t, eta);
                double[][] expected = step(x, t, w, eta);
                double[][] actual = p.weights();
                Expect.that("rows of W", actual.length == m + 1, Integer.toString(m + 1),
                        Integer.toString(actual.length));
                for (int i = 0; i <= m; i++) {
                    Expect.close("W row " + i, actual[i], expected[i], REL, ABS);
                }
            });
        }
    }

    @Test
    @DisplayName("from W0 = [.01, -.02, .03] AND, OR and XOR end where Marsland's code ends")
    @Graded(points = 2, category = "perceptron trajectory",
            hint = "setWeights copies W; train applies trainStep repeatedly; the bias weight is the last row")
    void nonZeroStart(PerceptronFactory factory, Credit credit) {
        double[][] w0 = {{.01}, {-.02}, {.03}};
        credit.check("AND", () -> {
            Dataset d = LogicTables.and();
            double[] end = expected(d, w0, 20);
            Expect.close("W after 20 steps", run(factory, d, w0, 20), end, REL, ABS);
            Expect.close("AND end", end, new double[] {.26, .23, .28}, REL, ABS);
        });
        credit.check("OR", () -> {
            Dataset d = LogicTables.or();
            Expect.close("W after 20 steps", run(factory, d, w0, 20), new double[] {.51, .48, .03}, REL, ABS);
        });
        credit.check("XOR", () -> {
            Dataset d = LogicTables.xor();
            Expect.close("W after 19 steps", run(factory, d, w0, 19), new double[] {.26, .23, -.47}, REL, ABS);
            Expect.close("W after 20 steps", run(factory, d, w0, 20), new double[] {.01, -.02, .03}, REL, ABS);
        });
    }

    @Test
    @DisplayName("confusion matrix C[predicted][actual] and accuracy: threshold for one output, argmax for several "
            + "(QuickTheories)")
    @Graded(points = 2, category = "perceptron confusion matrix",
            hint = "confusionMatrix: one output -> prediction (X_b W) > 0 and target T > 0.5, 2 x 2; several -> argmax "
                    + "of X_b W and of T, n x n; rows are predictions, columns targets; accuracy = trace / sum")
    void confusionMatrixAndAccuracy(PerceptronFactory factory, TestSeed seed) {
        Gen<long[]> cases = integers().between(1, 3).zip(integers().between(1, 4), integers().between(1, 10),
                longs().all(), (m, n, rows, s) -> new long[] {m, n, rows, s});
        Property.forAll(seed.value(), CONFUSION_EXAMPLES, cases, c -> {
            int m = (int) c[0];
            int n = (int) c[1];
            int rows = (int) c[2];
            SplittableRandom rng = new SplittableRandom(c[3]);
            double[][] x = new double[rows][m];
            double[][] t = new double[rows][n];
            double[][] w = new double[m + 1][n];
            for (double[] row : w) {
                for (int k = 0; k < n; k++) {
                    row[k] = rng.nextGaussian();
                }
            }
            int classes = n == 1 ? 2 : n;
            int[][] expected = new int[classes][classes];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < m; j++) {
                    x[i][j] = rng.nextGaussian();
                }
                int actual = rng.nextInt(classes);
                double[] a = activation(x[i], w);
                if (n == 1) {
                    t[i][0] = actual;
                    expected[a[0] > 0 ? 1 : 0][actual]++;
                } else {
                    t[i][actual] = 1;
                    int best = 0;
                    for (int k = 1; k < n; k++) {
                        best = a[k] > a[best] ? k : best;
                    }
                    expected[best][actual]++;
                }
            }
            Perceptron p = factory.create(m, n);
            p.setWeights(w);
            int[][] cm = p.confusionMatrix(x, t);
            Expect.that(rows + " rows, " + m + " inputs, " + n + " outputs", Arrays.deepEquals(cm, expected),
                    Arrays.deepToString(expected), Arrays.deepToString(cm));
            int trace = 0;
            for (int k = 0; k < classes; k++) {
                trace += expected[k][k];
            }
            Expect.close("accuracy", p.accuracy(x, t), (double) trace / rows, REL, 0);
        });
    }

    @Test
    @DisplayName("create gives zero weights of shape (m+1) x n, initialise draws from [-0.05, 0.05) reproducibly, "
            + "and weights() returns a copy")
    @Graded(points = 1, category = "perceptron weights",
            hint = "create: W = 0, (inputs + 1) x outputs; initialise: every entry 0.1 u - 0.05 from the given rng, "
                    + "row by row; weights() and setWeights copy")
    void weightsShapeAndInitialisation(PerceptronFactory factory, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < 3; c++) {
            int m = 1 + rng.nextInt(4);
            int n = 1 + rng.nextInt(3);
            long s = seed.derived(c);
            credit.check(m + " inputs, " + n + " outputs", () -> {
                Perceptron p = factory.create(m, n);
                double[][] zero = p.weights();
                Expect.that("W = 0 of shape (m+1) x n", Arrays.deepEquals(zero, new double[m + 1][n]),
                        Arrays.deepToString(new double[m + 1][n]), Arrays.deepToString(zero));
                p.initialise(new SplittableRandom(s));
                double[][] w = p.weights();
                boolean inRange = true;
                boolean allEqual = true;
                for (double[] row : w) {
                    for (double v : row) {
                        inRange &= v >= -0.05 && v < 0.05;
                        allEqual &= v == w[0][0];
                    }
                }
                Expect.that("every initial weight in [-0.05, 0.05)", inRange, "[-0.05, 0.05)",
                        Arrays.deepToString(w));
                Expect.that("initial weights differ from each other", !allEqual || w.length * n == 1,
                        "distinct draws", Arrays.deepToString(w));
                Perceptron q = factory.create(m, n);
                q.initialise(new SplittableRandom(s));
                Expect.that("same generator seed, same weights", Arrays.deepEquals(q.weights(), w),
                        Arrays.deepToString(w), Arrays.deepToString(q.weights()));
                w[0][0] = 7;
                Expect.that("weights() is a copy", p.weights()[0][0] != 7, "unchanged", "7.0");
            });
        }
    }

    private static double[] run(PerceptronFactory factory, Dataset d, double[][] w0, int steps) {
        Perceptron p = factory.create(2, 1);
        p.setWeights(w0);
        p.train(d.x(), d.t(), 0.25, steps);
        return E2PublicGrader.column(p.weights());
    }

    /** The grader's own replay of {@code steps} updates, for the AND end point. */
    private static double[] expected(Dataset d, double[][] w0, int steps) {
        double[][] w = w0;
        for (int s = 0; s < steps; s++) {
            w = step(d.x(), d.t(), w, 0.25);
        }
        return E2PublicGrader.column(w);
    }

    /** x_b W for one input row, with x_b = [x, -1]. */
    private static double[] activation(double[] x, double[][] w) {
        int n = w[0].length;
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = -w[x.length][k];
            for (int j = 0; j < x.length; j++) {
                a[k] += x[j] * w[j][k];
            }
        }
        return a;
    }

    /** y = 1 if X_b W > 0 else 0, with X_b = [X, -1]. */
    private static double[][] recall(double[][] x, double[][] w) {
        int n = w[0].length;
        double[][] y = new double[x.length][n];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < n; k++) {
                double a = -w[x[i].length][k];
                for (int j = 0; j < x[i].length; j++) {
                    a += x[i][j] * w[j][k];
                }
                y[i][k] = a > 0 ? 1 : 0;
            }
        }
        return y;
    }

    /** W - eta X_b^T (y - T). */
    private static double[][] step(double[][] x, double[][] t, double[][] w, double eta) {
        double[][] y = recall(x, w);
        int m = w.length - 1;
        double[][] next = new double[m + 1][];
        for (int j = 0; j <= m; j++) {
            next[j] = w[j].clone();
            for (int k = 0; k < w[0].length; k++) {
                double g = 0;
                for (int i = 0; i < x.length; i++) {
                    double xb = j < m ? x[i][j] : -1;
                    g += xb * (y[i][k] - t[i][k]);
                }
                next[j][k] -= eta * g;
            }
        }
        return next;
    }
}
