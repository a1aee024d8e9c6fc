package dlecon.solution.e3;

import dlecon.api.linalg.Matrices;

/** Argument checks of {@link MarslandNetwork} (shared by the reference and the student template). */
final class MarslandChecks {

    private MarslandChecks() {
    }

    /** Network sizes at least 1, beta positive and finite, momentum in [0, 1). */
    static void network(int nIn, int nHidden, int nOut, double beta, double momentum) {
        if (nIn < 1 || nHidden < 1 || nOut < 1) {
            throw new IllegalArgumentException("sizes must be at least 1, got nIn=" + nIn + ", nHidden=" + nHidden
                    + ", nOut=" + nOut);
        }
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be positive and finite, got " + beta);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
    }

    /** a is rows x cols (rows = -1: any number of rows) with finite entries. */
    static void matrix(String what, double[][] a, int rows, int cols) {
        Matrices.requireShape(what, a, rows, cols);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < cols; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException(what + "[" + i + "][" + j + "] is " + a[i][j]);
                }
            }
        }
    }

    /** x is N x m and t is N x K, finite. */
    static void data(String xName, double[][] x, String tName, double[][] t, int nIn, int nOut) {
        matrix(xName, x, -1, nIn);
        matrix(tName, t, x.length, nOut);
    }

    /** Training data (at least one row), a positive finite eta and at least {@code minIterations} iterations. */
    static void training(double[][] x, double[][] t, int nIn, int nOut, double eta, int iterations,
                         int minIterations) {
        data("x", x, "t", t, nIn, nOut);
        if (x.length == 0) {
            throw new IllegalArgumentException("training needs at least one row");
        }
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("eta must be positive and finite, got " + eta);
        }
        if (iterations < minIterations) {
            throw new IllegalArgumentException("iterations must be at least " + minIterations + ", got "
                    + iterations);
        }
    }
}
