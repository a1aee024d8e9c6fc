package dlecon.solution.e3;

import dlecon.api.linalg.Matrices;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** Argument checks shared by the E3 classes; every failure is an {@link IllegalArgumentException} naming the array. */
final class Shapes {

    private Shapes() {
    }

    /**
     * Checks that {@code a} is a non-empty rectangular batch (N &gt;= 1 rows of equal length).
     *
     * @return the row width
     */
    static int requireBatch(String what, double[][] a) {
        if (a == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (a.length == 0) {
            throw new IllegalArgumentException(what + " has no rows");
        }
        if (a[0] == null) {
            throw new IllegalArgumentException(what + " row 0 is null");
        }
        Matrices.requireShape(what, a, a.length, a[0].length);
        return a[0].length;
    }

    /** Checks that {@code a} is N x width (width -1: any common width), N &gt;= 1; returns the width. */
    static int requireBatch(String what, double[][] a, int width) {
        int w = requireBatch(what, a);
        if (width >= 0 && w != width) {
            throw new IllegalArgumentException(what + " must have " + width + " columns, got " + w);
        }
        return w;
    }

    /** Checks that outputs y and targets t are non-empty batches of the same shape; returns K. */
    static int requireSameShape(double[][] y, double[][] t) {
        int k = requireBatch("outputs y", y);
        if (t == null) {
            throw new IllegalArgumentException("targets t is null");
        }
        if (t.length != y.length) {
            throw new IllegalArgumentException("outputs y have " + y.length + " rows but targets t have "
                    + t.length);
        }
        Matrices.requireShape("targets t", t, y.length, k);
        return k;
    }

    /** Checks the size of a weight matrix: n_in, n_out &gt;= 1 and a non-null generator. */
    static void requireLayerSize(int nIn, int nOut, RandomGenerator rng) {
        if (nIn < 1 || nOut < 1) {
            throw new IllegalArgumentException("a weight matrix needs n_in >= 1 and n_out >= 1, got " + nIn + " x "
                    + nOut);
        }
        Objects.requireNonNull(rng, "rng");
    }
}
