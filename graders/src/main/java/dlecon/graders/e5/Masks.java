package dlecon.graders.e5;

import dlecon.grading.api.Expect;
import java.util.SplittableRandom;

/** Arrays for the dropout graders. */
final class Masks {

    private Masks() {
    }

    static double[][] ones(int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] r : a) {
            java.util.Arrays.fill(r, 1.0);
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

    /** Fails unless both arrays have the same shape and equal entries ({@code ==}). */
    static void expectEqual(String what, double[][] actual, double[][] expected) {
        Expect.that(what + ": rows", actual != null && actual.length == expected.length,
                Integer.toString(expected.length), actual == null ? "null" : Integer.toString(actual.length));
        for (int i = 0; i < expected.length; i++) {
            Expect.that(what + ": row " + i + " width", actual[i].length == expected[i].length,
                    Integer.toString(expected[i].length), Integer.toString(actual[i].length));
            for (int j = 0; j < expected[i].length; j++) {
                Expect.exactly(what + " (" + i + "," + j + ")", actual[i][j], expected[i][j]);
            }
        }
    }
}
