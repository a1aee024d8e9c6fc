package dlecon.api.data;

import java.util.Objects;

/**
 * Inputs and targets, one sample per row.
 *
 * @param x N x m inputs
 * @param t N x K targets
 */
public record Dataset(double[][] x, double[][] t) {

    public Dataset {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(t, "t");
        if (x.length != t.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but t has " + t.length);
        }
    }

    /** Number of samples N. */
    public int size() {
        return x.length;
    }

    /** The rows at the given indices, in that order (rows are copied). */
    public Dataset rows(int[] index) {
        double[][] xs = new double[index.length][];
        double[][] ts = new double[index.length][];
        for (int i = 0; i < index.length; i++) {
            xs[i] = x[index[i]].clone();
            ts[i] = t[index[i]].clone();
        }
        return new Dataset(xs, ts);
    }

    /** Rows start, start + step, start + 2 step, ... (numpy's {@code [start::step]}). */
    public Dataset slice(int start, int step) {
        if (start < 0 || step < 1) {
            throw new IllegalArgumentException("bad slice " + start + "::" + step);
        }
        int n = start >= size() ? 0 : (size() - start + step - 1) / step;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = start + i * step;
        }
        return rows(idx);
    }
}
