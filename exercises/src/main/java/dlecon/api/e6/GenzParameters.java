package dlecon.api.e6;

import java.util.Arrays;
import java.util.Objects;

/**
 * The parameters of a Genz function on [0,1]^d: c (difficulty, c_i &gt;= 0) and w (shift, 0 &lt;= w_i &lt;= 1), both of
 * length d &gt;= 1. Immutable: the arrays are copied on the way in and on the way out.
 *
 * @param c the d difficulty parameters c_1..c_d, each finite and &gt;= 0
 * @param w the d shift parameters w_1..w_d, each in [0, 1]
 */
public record GenzParameters(double[] c, double[] w) {

    /**
     * @throws IllegalArgumentException if an array is empty, the lengths differ, or an entry is NaN, infinite, a
     *                                  negative c_i or a w_i outside [0, 1]
     * @throws NullPointerException     if an array is null
     */
    public GenzParameters {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(w, "w");
        if (c.length == 0) {
            throw new IllegalArgumentException("c and w must have length d >= 1, got 0");
        }
        if (c.length != w.length) {
            throw new IllegalArgumentException("c has length " + c.length + " but w has length " + w.length);
        }
        c = c.clone();
        w = w.clone();
        for (int i = 0; i < c.length; i++) {
            if (!(c[i] >= 0) || Double.isInfinite(c[i])) {
                throw new IllegalArgumentException("c[" + i + "] must be finite and >= 0, got " + c[i]);
            }
            if (!(w[i] >= 0 && w[i] <= 1)) {
                throw new IllegalArgumentException("w[" + i + "] must be in [0, 1], got " + w[i]);
            }
        }
    }

    /** The dimension d. */
    public int dimension() {
        return c.length;
    }

    /** A copy of c. */
    @Override
    public double[] c() {
        return c.clone();
    }

    /** A copy of w. */
    @Override
    public double[] w() {
        return w.clone();
    }

    /** c_i without copying the array. */
    public double c(int i) {
        return c[i];
    }

    /** w_i without copying the array. */
    public double w(int i) {
        return w[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenzParameters p && Arrays.equals(c, p.c) && Arrays.equals(w, p.w);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(c) + Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return "GenzParameters[c=" + Arrays.toString(c) + ", w=" + Arrays.toString(w) + "]";
    }
}
