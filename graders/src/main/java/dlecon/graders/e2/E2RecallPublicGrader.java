package dlecon.graders.e2;

import dlecon.api.Exercise;
import dlecon.api.data.LogicTables;
import dlecon.api.e2.Perceptron;
import dlecon.api.e2.PerceptronFactory;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E2 graders of the weights' shape and copies, and of recall with its bias input and strict threshold. */
@GraderSuite(exercise = Exercise.E2, visibility = Visibility.PUBLIC)
class E2RecallPublicGrader {

    /** Random shapes per test. */
    private static final int CASES = 5;

    @Test
    @DisplayName("create gives W = 0 of shape (m+1) x n, setWeights and weights() copy W in and out")
    @Graded(points = 1, category = "perceptron weights", task = Tasks.WEIGHTS,
            hint = "create: W = 0, (inputs + 1) x outputs; setWeights stores a COPY of its argument and weights() "
                    + "returns a COPY, so neither the caller's array nor the returned one is shared with the "
                    + "perceptron")
    void createAndCopies(PerceptronFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < CASES; c++) {
            int m = 1 + rng.nextInt(4);
            int n = 1 + rng.nextInt(3);
            String what = m + " inputs, " + n + " outputs";
            Perceptron p = factory.create(m, n);
            Expect.that(what + ": inputs() and outputs()", p.inputs() == m && p.outputs() == n, m + " and " + n,
                    p.inputs() + " and " + p.outputs());
            double[][] zero = p.weights();
            Expect.that(what + ": W = 0 of shape (m+1) x n", Arrays.deepEquals(zero, new double[m + 1][n]),
                    Arrays.deepToString(new double[m + 1][n]), Arrays.deepToString(zero));
            double[][] w = gaussian(rng, m + 1, n);
            double[][] given = copy(w);
            p.setWeights(given);
            Expect.that(what + ": weights() after setWeights", Arrays.deepEquals(p.weights(), w),
                    Arrays.deepToString(w), Arrays.deepToString(p.weights()));
            given[m][n - 1] = 7;
            Expect.that(what + ": W after the caller changed the array it passed to setWeights",
                    Arrays.deepEquals(p.weights(), w), Arrays.deepToString(w), Arrays.deepToString(p.weights()));
            p.weights()[0][0] = 9;
            Expect.that(what + ": W after the caller changed the array weights() returned",
                    Arrays.deepEquals(p.weights(), w), Arrays.deepToString(w), Arrays.deepToString(p.weights()));
        }
    }

    @Test
    @DisplayName("recall is 1 exactly where X_b W > 0 with the bias input -1 in the last column: random data with "
            + "several outputs, activations of exactly 0 (give 0) and bias-only weights")
    @Graded(points = 2, category = "perceptron recall", task = Tasks.RECALL,
            hint = "recall: X_b = [X, -1] (bias input -1, last column, so the LAST row of W holds the bias weights); "
                    + "y = 1 if X_b W > 0 else 0, strictly: an activation of exactly 0 gives 0")
    void recallStrictThreshold(PerceptronFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < CASES; c++) {
            int m = 1 + rng.nextInt(4);
            int n = 1 + rng.nextInt(3);
            double[][] x = gaussian(rng, 1 + rng.nextInt(7), m);
            double[][] w = gaussian(rng, m + 1, n);
            expectRecall(factory, x.length + " random rows, " + m + " inputs, " + n + " outputs", x, w);
        }
        expectRecall(factory, "dyadic data with activations exactly 0", new double[][] {{0.5, 0.25}, {1, 0}, {0, 0},
            {0.25, 0.5}}, new double[][] {{1, 0.5}, {2, -1}, {1, 0}});
        expectRecall(factory, "bias weight -0.5 only (activation +0.5)", LogicTables.inputs(),
                new double[][] {{0}, {0}, {-0.5}});
        expectRecall(factory, "bias weight +0.5 only (activation -0.5)", LogicTables.inputs(),
                new double[][] {{0}, {0}, {0.5}});
    }

    private static void expectRecall(PerceptronFactory factory, String what, double[][] x, double[][] w) {
        Perceptron p = factory.create(x[0].length, w[0].length);
        p.setWeights(w);
        double[][] given = copy(x);
        double[][] y = p.recall(given);
        double[][] a = activations(x, w);
        double[][] expected = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                expected[i][j] = a[i][j] > 0 ? 1 : 0;
            }
        }
        Expect.that(what + ": recall of X = " + Arrays.deepToString(x) + " with W = " + Arrays.deepToString(w),
                Arrays.deepEquals(y, expected), Arrays.deepToString(expected), Arrays.deepToString(y));
        Expect.that(what + ": X unchanged", Arrays.deepEquals(given, x), Arrays.deepToString(x),
                Arrays.deepToString(given));
    }

    /** X_b W with X_b = [X, -1]: a_ij = sum_k X_ik W_kj - W_mj. */
    static double[][] activations(double[][] x, double[][] w) {
        int m = w.length - 1;
        double[][] a = new double[x.length][w[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < w[0].length; j++) {
                double sum = -w[m][j];
                for (int k = 0; k < m; k++) {
                    sum += x[i][k] * w[k][j];
                }
                a[i][j] = sum;
            }
        }
        return a;
    }

    /** A rows x cols array of standard normal draws. */
    static double[][] gaussian(SplittableRandom rng, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return a;
    }

    /** A deep copy. */
    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
