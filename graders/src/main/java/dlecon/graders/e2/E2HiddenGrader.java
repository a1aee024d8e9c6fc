package dlecon.graders.e2;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.Exercise;
import dlecon.api.data.Dataset;
import dlecon.api.data.LogicTables;
import dlecon.api.e2.Perceptron;
import dlecon.api.e2.PerceptronFactory;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Property;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hidden E2 graders: the update rule on random data, the trajectories from a non-zero start, the confusion matrix and
 * the layout of the initial weights.
 */
@GraderSuite(exercise = Exercise.E2, visibility = Visibility.HIDDEN)
class E2HiddenGrader {

    /** One update sums N products: rounding stays far below this. */
    private static final double REL = 1e-12;
    /** Additive absolute slack for entries that cancel to about 0. */
    private static final double ABS = 1e-13;
    /**
     * An initial weight 0.1 u - 0.05 lies in [-0.05, 0.05): each of its two roundings errs by at most half an ulp of
     * 0.1 (7e-18), in any arrangement ((u - 0.5) 0.1, -0.05 + 0.1 u); 1e-15 leaves a factor 70, while the next or
     * previous draw differs by about 0.03.
     */
    private static final double INIT_ABS = 1e-15;
    /** Random confusion-matrix cases. */
    private static final int CONFUSION_EXAMPLES = 100;
    /** Random cases of the update and initialisation tests. */
    private static final int CASES = 5;

    @Test
    @DisplayName("one training step equals W - eta X_b^T (y - T) on random data with several outputs")
    @Graded(points = 2, category = "perceptron update", task = Tasks.TRAINING_STEP,
            hint = "trainStep: bias input -1 in the LAST column (last row of W), y from the weights before the "
                    + "update with the strict threshold > 0, one update for the full batch")
    void trainStepFormula(PerceptronFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < CASES; c++) {
            int m = 1 + rng.nextInt(4);
            int n = 1 + rng.nextInt(3);
            int rows = 2 + rng.nextInt(6);
            double[][] x = E2RecallPublicGrader.gaussian(rng, rows, m);
            double[][] t = new double[rows][n];
            for (double[] row : t) {
                for (int k = 0; k < n; k++) {
                    row[k] = rng.nextBoolean() ? 1 : 0;
                }
            }
            double[][] w = E2RecallPublicGrader.gaussian(rng, m + 1, n);
            double eta = 0.05 + rng.nextDouble();
            Perceptron p = factory.create(m, n);
            p.setWeights(w);
            p.trainStep(x, t, eta);
            double[][] expected = step(x, t, w, eta);
            double[][] actual = p.weights();
            String what = rows + " x " + m + " inputs, " + n + " outputs, eta = " + eta;
            Expect.that(what + ": rows of W", actual.length == m + 1, Integer.toString(m + 1),
                    Integer.toString(actual.length));
            for (int i = 0; i <= m; i++) {
                Expect.close(what + ": W row " + i, actual[i], expected[i], REL, ABS);
            }
        }
    }

    @Test
    @DisplayName("from W0 = [.01, -.02, .03] AND, OR and XOR end where Marsland's code ends")
    @Graded(points = 1, category = "perceptron trajectory", task = Tasks.TRAINING_RUNS,
            hint = "setWeights copies W; train applies trainStep repeatedly; the bias weight is the last row")
    void nonZeroStart(PerceptronFactory factory) {
        double[][] w0 = {{.01}, {-.02}, {.03}};
        Expect.close("AND, W after 20 steps", run(factory, LogicTables.and(), w0, 20), new double[] {.26, .23, .28},
                REL, ABS);
        Expect.close("OR, W after 20 steps", run(factory, LogicTables.or(), w0, 20), new double[] {.51, .48, .03},
                REL, ABS);
        Expect.close("XOR, W after 19 steps", run(factory, LogicTables.xor(), w0, 19), new double[] {.26, .23, -.47},
                REL, ABS);
        Expect.close("XOR, W after 20 steps", run(factory, LogicTables.xor(), w0, 20), new double[] {.01, -.02, .03},
                REL, ABS);
    }

    @Test
    @DisplayName("confusion matrix C[predicted][actual] and accuracy: threshold for one output (activation 0 and "
            + "target 0.5 count as class 0), argmax for several (first index on ties) (QuickTheories)")
    @Graded(points = 2, category = "perceptron confusion matrix", task = Tasks.CONFUSION,
            hint = "confusionMatrix: one output -> predicted 1 iff (X_b W) > 0, actual 1 iff T > 0.5, 2 x 2; several "
                    + "-> argmax of the ACTIVATIONS X_b W and of T, the first index on ties, n x n; rows are "
                    + "predictions, columns targets; accuracy = trace / sum as a fraction")
    void confusionMatrixAndAccuracy(PerceptronFactory factory, TestSeed seed) {
        Gen<long[]> cases = integers().between(1, 3).zip(integers().between(1, 4), integers().between(1, 10),
                longs().all(), (m, n, rows, s) -> new long[] {m, n, rows, s});
        Property.forAll(seed.value(), CONFUSION_EXAMPLES, cases, c -> {
            int m = (int) c[0];
            int n = (int) c[1];
            int rows = (int) c[2];
            SplittableRandom rng = new SplittableRandom(c[3]);
            double[][] x = E2RecallPublicGrader.gaussian(rng, rows, m);
            double[][] w = E2RecallPublicGrader.gaussian(rng, m + 1, n);
            double[][] t = new double[rows][n];
            for (double[] row : t) {
                row[rng.nextInt(n)] = 1;
                if (n == 1) {
                    row[0] = rng.nextInt(2);
                }
            }
            expectConfusion(factory, rows + " random rows, " + m + " inputs, " + n + " outputs", x, t, w);
        });
        expectConfusion(factory, "one output, activations 0, 0, 0.25, -1 and targets 0.5, 0.75, 0.25, 1",
                new double[][] {{0.5, 0.25}, {1, 0}, {0.25, 0.5}, {0, 0}}, new double[][] {{0.5}, {0.75}, {0.25}, {1}},
                new double[][] {{1}, {2}, {1}});
        expectConfusion(factory, "three outputs with tied activations [x, x, 0] and tied targets",
                new double[][] {{1}, {-1}, {0}, {1}}, new double[][] {{0, 1, 1}, {1, 1, 0}, {0, 0, 0}, {0, 0, 1}},
                new double[][] {{1, 1, 0}, {0, 0, 0}});
    }

    @Test
    @DisplayName("initialise sets W_ij = 0.1 u - 0.05 from the generator's nextDouble() draws, row by row with the "
            + "bias row last, over any previous weights")
    @Graded(points = 1, category = "perceptron weights", task = Tasks.WEIGHTS,
            hint = "initialise: one rng.nextDouble() per entry, in the order W[0][0], W[0][1], ..., W[1][0], ..., the "
                    + "bias row W[m] last, each mapped to 0.1 u - 0.05 (Marsland's rand()*0.1-0.05)")
    void initialiseLayout(PerceptronFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < CASES; c++) {
            int m = 1 + rng.nextInt(4);
            int n = 1 + c % 3; // one, two and three outputs: the order of the draws shows only with several
            long s = seed.derived(c);
            Perceptron p = factory.create(m, n);
            p.setWeights(E2RecallPublicGrader.gaussian(rng, m + 1, n));
            p.initialise(new SplittableRandom(s));
            SplittableRandom draws = new SplittableRandom(s);
            double[][] expected = new double[m + 1][n];
            for (double[] row : expected) {
                for (int j = 0; j < n; j++) {
                    row[j] = 0.1 * draws.nextDouble() - 0.05;
                }
            }
            double[][] w = p.weights();
            String what = m + " inputs, " + n + " outputs, generator seed " + c;
            Expect.that(what + ": rows of W", w.length == m + 1, Integer.toString(m + 1), Integer.toString(w.length));
            for (int i = 0; i <= m; i++) {
                Expect.close(what + ": W row " + i + " of " + Arrays.deepToString(expected), w[i], expected[i], 0,
                        INIT_ABS);
            }
        }
    }

    private static void expectConfusion(PerceptronFactory factory, String what, double[][] x, double[][] t,
                                        double[][] w) {
        int n = w[0].length;
        int classes = n == 1 ? 2 : n;
        int[][] expected = new int[classes][classes];
        double[][] a = E2RecallPublicGrader.activations(x, w);
        for (int i = 0; i < x.length; i++) {
            if (n == 1) {
                expected[a[i][0] > 0 ? 1 : 0][t[i][0] > 0.5 ? 1 : 0]++;
            } else {
                expected[firstMax(a[i])][firstMax(t[i])]++;
            }
        }
        Perceptron p = factory.create(x[0].length, n);
        p.setWeights(w);
        int[][] cm = p.confusionMatrix(x, t);
        String name = what + ": X = " + Arrays.deepToString(x) + ", T = " + Arrays.deepToString(t) + ", W = "
                + Arrays.deepToString(w);
        Expect.that(name + ": confusion matrix", Arrays.deepEquals(cm, expected), Arrays.deepToString(expected),
                Arrays.deepToString(cm));
        int trace = 0;
        for (int k = 0; k < classes; k++) {
            trace += expected[k][k];
        }
        Expect.close(name + ": accuracy", p.accuracy(x, t), (double) trace / x.length, REL, 0);
    }

    /** The index of the largest entry, the first on ties. */
    private static int firstMax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            best = v[k] > v[best] ? k : best;
        }
        return best;
    }

    private static double[] run(PerceptronFactory factory, Dataset d, double[][] w0, int steps) {
        Perceptron p = factory.create(2, 1);
        p.setWeights(w0);
        p.train(d.x(), d.t(), 0.25, steps);
        return E2PublicGrader.column(p.weights());
    }

    /** W - eta X_b^T (y - T) with y = 1 where X_b W > 0. */
    private static double[][] step(double[][] x, double[][] t, double[][] w, double eta) {
        double[][] a = E2RecallPublicGrader.activations(x, w);
        int m = w.length - 1;
        double[][] next = new double[m + 1][];
        for (int j = 0; j <= m; j++) {
            next[j] = w[j].clone();
            for (int k = 0; k < w[0].length; k++) {
                double g = 0;
                for (int i = 0; i < x.length; i++) {
                    double xb = j < m ? x[i][j] : -1;
                    g += xb * ((a[i][k] > 0 ? 1 : 0) - t[i][k]);
                }
                next[j][k] -= eta * g;
            }
        }
        return next;
    }
}
