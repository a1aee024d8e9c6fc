package dlecon.graders.e5;

import dlecon.grading.api.Expect;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Arrays and mask checks for the dropout graders. */
final class Masks {

    private Masks() {
    }

    /**
     * A kept entry is x / (1 - p) or x * (1 / (1 - p)): each rounds once or twice, so the two differ by at most two
     * ulps, 4.4e-16 relative; 1e-15 leaves a factor 2 and is far below any wrong scale (1/p, 1, 1 - p).
     */
    static final double SCALE_REL = 1e-15;

    static double[][] ones(int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] r : a) {
            Arrays.fill(r, 1.0);
        }
        return a;
    }

    static double[][] gaussian(SplittableRandom rng, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] r : a) {
            for (int j = 0; j < cols; j++) {
                r[j] = rng.nextGaussian();
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

    /**
     * The documented draws of one training pass replayed on a generator in the layer's generator's state: entry
     * (i, j) is dropped when the (i cols + j)-th draw of {@code rng.nextDouble()} is below p.
     */
    static boolean[][] replayDrops(RandomGenerator replay, double p, int rows, int cols) {
        boolean[][] dropped = new boolean[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                dropped[i][j] = replay.nextDouble() < p;
            }
        }
        return dropped;
    }

    /**
     * Which entries a training pass dropped, read off its output for an input without zeros: exactly those that are
     * 0 (a kept entry is x / (1 - p), never 0).
     */
    static boolean[][] droppedIn(double[][] output) {
        boolean[][] dropped = new boolean[output.length][];
        for (int i = 0; i < output.length; i++) {
            dropped[i] = new boolean[output[i].length];
            for (int j = 0; j < output[i].length; j++) {
                dropped[i][j] = output[i][j] == 0;
            }
        }
        return dropped;
    }

    /**
     * Fails unless {@code actual} has the shape of {@code in} and each entry is in * M for the mask given by
     * {@code dropped}: exactly 0 where dropped (-0.0 counts; NaN stays NaN), in / (1 - p) where kept.
     */
    static void expectMasked(String what, double[][] actual, double[][] in, boolean[][] dropped, double p) {
        expectShape(what, actual, in.length, in.length == 0 ? 0 : in[0].length);
        for (int i = 0; i < in.length; i++) {
            for (int j = 0; j < in[i].length; j++) {
                String where = what + ", p = " + p + ", entry (" + i + "," + j + ") of " + in.length + " x "
                        + in[i].length + ", input " + in[i][j];
                if (Double.isNaN(in[i][j])) {
                    Expect.that(where + ": NaN stays NaN", Double.isNaN(actual[i][j]), "NaN",
                            Double.toString(actual[i][j]));
                } else if (dropped[i][j]) {
                    Expect.exactly(where + ": dropped, |value|", Math.abs(actual[i][j]), 0);
                } else {
                    Expect.close(where + ": kept, value", actual[i][j], in[i][j] / (1 - p), SCALE_REL, 0);
                }
            }
        }
    }

    /** Fails unless {@code actual} is a {@code rows x cols} array. */
    static void expectShape(String what, double[][] actual, int rows, int cols) {
        Expect.that(what + ": rows", actual != null && actual.length == rows, Integer.toString(rows),
                actual == null ? "null" : Integer.toString(actual.length));
        for (int i = 0; i < rows; i++) {
            Expect.that(what + ": width of row " + i, actual[i] != null && actual[i].length == cols,
                    Integer.toString(cols), actual[i] == null ? "null" : Integer.toString(actual[i].length));
        }
    }

    /** Fails unless both arrays have the same shape and equal entries ({@code ==}, so -0.0 equals 0.0). */
    static void expectEqual(String what, double[][] actual, double[][] expected) {
        expectShape(what, actual, expected.length, expected.length == 0 ? 0 : expected[0].length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                Expect.exactly(what + " (" + i + "," + j + ")", actual[i][j], expected[i][j]);
            }
        }
    }

    /** Fails unless {@code result} is a new array: neither {@code argument} itself nor sharing a row with it. */
    static void expectNewArray(String what, double[][] result, double[][] argument) {
        Expect.that(what + ": a new array", result != argument, "a new array", "the argument itself");
        for (int i = 0; i < Math.min(result.length, argument.length); i++) {
            Expect.that(what + ": a new row " + i, result[i] != argument[i], "a new row", "a row of the argument");
        }
    }
}
