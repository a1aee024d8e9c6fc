package dlecon.graders.e2;

import dlecon.api.Exercise;
import dlecon.api.data.Dataset;
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

/**
 * Public E2 graders: the zero-start trajectories, AND/OR from random starts, XOR's failure and the record of
 * weights kept by train.
 */
@GraderSuite(exercise = Exercise.E2, visibility = Visibility.PUBLIC)
class E2PublicGrader {

    /** eta = 0.25 and 0/1 data: every weight is a multiple of 0.25, so the trajectory is exact. */
    private static final double ETA = 0.25;
    /**
     * Iterations allowed from a random start: the perceptron convergence theorem guarantees convergence on
     * separable data; over 1000 seeds AND needed at most 9 and OR at most 5 iterations.
     */
    private static final int ITERATIONS = 20;
    /** Steps recorded by train in the copy test. */
    private static final int RECORDED_STEPS = 6;
    /** The same operations in the same order: equal up to a few ulps. */
    private static final double STEP_REL = 1e-12;
    /** Absolute floor for weights that cancel to about 0. */
    private static final double STEP_ABS = 1e-14;

    @Test
    @DisplayName("from zero weights, AND and OR follow Marsland's trajectories exactly")
    @Graded(points = 2, category = "perceptron update", task = Tasks.TRAINING_STEP,
            hint = "Perceptron.trainStep: append the bias input -1 as the last column, y = 1 if X_b W > 0 (strict), "
                    + "then W -= eta X_b^T (y - T); train returns W after each step")
    void zeroStartTrajectories(PerceptronFactory factory) {
        expectTrajectory(factory, "AND", LogicTables.and(), new double[][] {
            {.25, .25, -.25}, {0, 0, .5}, {.25, .25, .25}, {.25, .25, .25}, {.25, .25, .25}});
        expectTrajectory(factory, "OR", LogicTables.or(), new double[][] {
            {.5, .5, -.75}, {.5, .5, -.5}, {.5, .5, -.25}, {.5, .5, 0}, {.5, .5, 0}});
    }

    @Test
    @DisplayName("AND and OR are learned perfectly from random initial weights (every seed of 3)")
    @Graded(points = 1, category = "perceptron learning", task = Tasks.TRAINING_RUNS,
            hint = "initialise draws W ~ U[-0.05, 0.05); check recall's strict threshold and the sign of the update")
    void learnsAndOr(PerceptronFactory factory, TestSeed seed) {
        for (int k = 0; k < 3; k++) {
            expectLearned(factory, "AND, seed " + k, LogicTables.and(), seed.derived(k));
            expectLearned(factory, "OR, seed " + k, LogicTables.or(), seed.derived(k));
        }
    }

    @Test
    @DisplayName("XOR from zero weights cycles between two weight vectors and never classifies all four inputs")
    @Graded(points = 1.5, category = "perceptron on XOR", task = Tasks.TRAINING_RUNS,
            hint = "XOR is not linearly separable: from W = 0 the updates alternate between [.25, .25, -.5] and 0")
    void xorCycles(PerceptronFactory factory) {
        Dataset xor = LogicTables.xor();
        Perceptron p = factory.create(2, 1);
        double[][][] ws = p.train(xor.x(), xor.t(), ETA, 10);
        Expect.that("number of recorded weights", ws.length == 10, "10", Integer.toString(ws.length));
        for (int i = 0; i < ws.length; i++) {
            double[] expected = i % 2 == 0 ? new double[] {.25, .25, -.5} : new double[] {0, 0, 0};
            Expect.close("W after step " + (i + 1), column(ws[i]), expected, 0, 0);
        }
        double acc = p.accuracy(xor.x(), xor.t());
        Expect.that("accuracy below 1", acc < 1, "< 1", Double.toString(acc));
    }

    @Test
    @DisplayName("train returns a separate copy of W after every step, equal to repeated trainStep calls, and does "
            + "not modify X or T")
    @Graded(points = 1.5, category = "perceptron training record", task = Tasks.TRAINING_RUNS,
            hint = "Perceptron.train: element k is a COPY of W after k + 1 calls of trainStep; never store the live "
                    + "weight array, never write into x or t")
    void trainRecordsCopies(PerceptronFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        Dataset xor = LogicTables.xor(); // never learned, so every step changes W
        double[][] x = xor.x();
        double[][] t = xor.t();
        double[][] w0 = {{rng.nextDouble(-0.05, 0.05)}, {rng.nextDouble(-0.05, 0.05)}, {rng.nextDouble(-0.05, 0.05)}};
        Perceptron trained = factory.create(2, 1);
        trained.setWeights(w0);
        double[][][] ws = trained.train(x, t, ETA, RECORDED_STEPS);
        Expect.that("X unchanged", Arrays.deepEquals(x, LogicTables.xor().x()), "the XOR inputs",
                Arrays.deepToString(x));
        Expect.that("T unchanged", Arrays.deepEquals(t, LogicTables.xor().t()), "the XOR targets",
                Arrays.deepToString(t));
        Expect.that("number of recorded weights", ws.length == RECORDED_STEPS, Integer.toString(RECORDED_STEPS),
                Integer.toString(ws.length));
        Perceptron stepped = factory.create(2, 1);
        stepped.setWeights(w0);
        for (int k = 0; k < RECORDED_STEPS; k++) {
            stepped.trainStep(x, t, ETA);
            Expect.close("W after step " + (k + 1), column(ws[k]), column(stepped.weights()), STEP_REL, STEP_ABS);
        }
        ws[0][0][0] = 99;
        Expect.that("changing a recorded W leaves the perceptron unchanged", trained.weights()[0][0] != 99,
                "unchanged", "99.0");
    }

    private static void expectTrajectory(PerceptronFactory factory, String name, Dataset data,
                                         double[][] expected) {
        Perceptron p = factory.create(2, 1);
        double[][][] ws = p.train(data.x(), data.t(), ETA, expected.length);
        Expect.that(name + ": number of recorded weights", ws.length == expected.length,
                Integer.toString(expected.length), Integer.toString(ws.length));
        for (int i = 0; i < expected.length; i++) {
            Expect.close(name + ": W after step " + (i + 1), column(ws[i]), expected[i], 0, 0);
        }
        Expect.close(name + ": final weights()", column(p.weights()), expected[expected.length - 1], 0, 0);
    }

    private static void expectLearned(PerceptronFactory factory, String name, Dataset data, long s) {
        Perceptron p = factory.create(2, 1);
        p.initialise(new SplittableRandom(s));
        double[][] w0 = p.weights();
        for (double[] row : w0) {
            Expect.that(name + ": initial weight in [-0.05, 0.05)", row[0] >= -0.05 && row[0] < 0.05,
                    "[-0.05, 0.05)", Double.toString(row[0]));
        }
        p.train(data.x(), data.t(), ETA, ITERATIONS);
        double[][] y = p.recall(data.x());
        Expect.that(name + ": recall after " + ITERATIONS + " iterations", Arrays.deepEquals(y, data.t()),
                Arrays.deepToString(data.t()), Arrays.deepToString(y));
        Expect.exactly(name + ": accuracy", p.accuracy(data.x(), data.t()), 1.0);
    }

    /** The single column of an (m+1) x 1 weight matrix. */
    static double[] column(double[][] w) {
        double[] c = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            Expect.that("weight row " + i + " width", w[i].length == 1, "1", Integer.toString(w[i].length));
            c[i] = w[i][0];
        }
        return c;
    }
}
