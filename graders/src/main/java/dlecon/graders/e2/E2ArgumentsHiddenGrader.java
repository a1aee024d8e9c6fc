package dlecon.graders.e2;

import dlecon.api.Exercise;
import dlecon.api.data.LogicTables;
import dlecon.api.e2.Perceptron;
import dlecon.api.e2.PerceptronFactory;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E2 grader of the argument checks: every documented bad argument throws IllegalArgumentException. */
@GraderSuite(exercise = Exercise.E2, visibility = Visibility.HIDDEN)
class E2ArgumentsHiddenGrader {

    /** Weights every case starts from; a rejected call must leave them. */
    private static final double[][] W = {{0.5}, {-0.25}, {0.125}};

    /** A call on a perceptron with 2 inputs and 1 output whose weights are {@link #W}. */
    @FunctionalInterface
    private interface Call {
        void run(Perceptron p) throws Exception;
    }

    @Test
    @DisplayName("every documented bad argument throws IllegalArgumentException and leaves W unchanged, and the "
            + "boundary values that are allowed do not throw")
    @Graded(points = 1, category = "argument checks", task = Tasks.ARGUMENTS,
            hint = "see the class comment of dlecon.api.e2.Perceptron: sizes below 1, null arrays, no rows, rows of "
                    + "the wrong length, NaN or infinite entries, eta <= 0, iterations < 0, a null rng")
    void badArgumentsThrow(PerceptronFactory factory, Credit credit) {
        for (int[] size : new int[][] {{0, 1}, {1, 0}, {0, 0}, {-1, 2}}) {
            credit.check("create(" + size[0] + ", " + size[1] + ")", () -> {
                try {
                    factory.create(size[0], size[1]);
                } catch (IllegalArgumentException expected) {
                    return;
                }
                Expect.that("create(" + size[0] + ", " + size[1] + ")", false, "IllegalArgumentException",
                        "returned normally");
            });
        }
        credit.check("create(1, 1) (allowed)", () -> factory.create(1, 1).recall(new double[][] {{1}}));
        for (double[][] w : badMatrices(3, 1)) {
            rejects(factory, credit, "setWeights(" + text(w) + ")", p -> p.setWeights(w));
        }
        rejects(factory, credit, "initialise(null)", p -> p.initialise(null));
        double[][] t = LogicTables.and().t();
        for (double[][] x : badMatrices(-1, 2)) {
            rejects(factory, credit, "recall(" + text(x) + ")", p -> p.recall(x));
            rejects(factory, credit, "trainStep(" + text(x) + ", T, 0.25)", p -> p.trainStep(x, t, 0.25));
            rejects(factory, credit, "confusionMatrix(" + text(x) + ", T)", p -> p.confusionMatrix(x, t));
        }
        double[][] x = LogicTables.inputs();
        for (double[][] bad : badMatrices(4, 1)) {
            rejects(factory, credit, "trainStep(X, " + text(bad) + ", 0.25)", p -> p.trainStep(x, bad, 0.25));
            rejects(factory, credit, "train(X, " + text(bad) + ", 0.25, 2)", p -> p.train(x, bad, 0.25, 2));
            rejects(factory, credit, "confusionMatrix(X, " + text(bad) + ")", p -> p.confusionMatrix(x, bad));
            rejects(factory, credit, "accuracy(X, " + text(bad) + ")", p -> p.accuracy(x, bad));
        }
        for (double eta : new double[] {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            rejects(factory, credit, "trainStep(X, T, " + eta + ")", p -> p.trainStep(x, t, eta));
        }
        rejects(factory, credit, "train(X, T, 0.25, -1)", p -> p.train(x, t, 0.25, -1));
        credit.check("train(X, T, 0.25, 0) returns no weights and leaves W (allowed)", () -> {
            Perceptron p = perceptron(factory);
            double[][][] none = p.train(x, t, 0.25, 0);
            Expect.that("train(X, T, 0.25, 0)", none != null && none.length == 0, "an empty array",
                    none == null ? "null" : none.length + " entries");
            expectUnchanged("train(X, T, 0.25, 0)", p);
        });
    }

    /**
     * Matrices that break the shape rows x cols (cols >= 1; rows -1 for any number of rows) or hold a non-finite
     * entry in the first or the last place.
     */
    private static double[][][] badMatrices(int rows, int cols) {
        int r = rows < 0 ? 4 : rows;
        Function<double[][], double[][]> last = a -> {
            a[r - 1][cols - 1] = Double.POSITIVE_INFINITY;
            return a;
        };
        Function<double[][], double[][]> first = a -> {
            a[0][0] = Double.NaN;
            return a;
        };
        double[][] ragged = new double[r][cols];
        ragged[r - 1] = new double[cols + 1];
        double[][] nullRow = new double[r][cols];
        nullRow[0] = null;
        double[][][] common = {null, new double[r][cols + 1], new double[r][cols - 1 < 0 ? 0 : cols - 1], ragged,
            nullRow, first.apply(new double[r][cols]), last.apply(new double[r][cols]),
            first.apply(new double[1][cols]), new double[0][cols]};
        if (rows < 0) {
            return common;
        }
        double[][][] all = Arrays.copyOf(common, common.length + 2);
        all[common.length] = new double[r - 1][cols];
        all[common.length + 1] = new double[r + 1][cols];
        return all;
    }

    private static void rejects(PerceptronFactory factory, Credit credit, String what, Call call) {
        credit.check(what, () -> {
            Perceptron p = perceptron(factory);
            try {
                call.run(p);
            } catch (IllegalArgumentException expected) {
                expectUnchanged(what + " threw as it should, but", p);
                return;
            }
            Expect.that(what, false, "IllegalArgumentException", "returned normally");
        });
    }

    private static Perceptron perceptron(PerceptronFactory factory) {
        Perceptron p = factory.create(2, 1);
        p.setWeights(W);
        return p;
    }

    private static void expectUnchanged(String what, Perceptron p) {
        Expect.that(what + ": W afterwards", Arrays.deepEquals(p.weights(), W), Arrays.deepToString(W),
                Arrays.deepToString(p.weights()));
    }

    private static String text(double[][] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(a[i] == null ? "null" : Arrays.toString(a[i]));
        }
        return sb.append(']').toString();
    }
}
