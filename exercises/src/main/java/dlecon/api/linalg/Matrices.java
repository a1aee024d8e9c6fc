package dlecon.api.linalg;

/** Dense matrix helpers on row-major {@code double[][]}; every method returns a new array and modifies nothing. */
public final class Matrices {

    private Matrices() {
    }

    /** C = A B, for A (n x k) and B (k x m). */
    public static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int k = b.length;
        int m = k == 0 ? 0 : b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            double[] ai = a[i];
            if (ai.length != k) {
                throw new IllegalArgumentException("shape mismatch: row " + i + " of A has " + ai.length
                        + " columns, B has " + k + " rows");
            }
            double[] ci = c[i];
            for (int p = 0; p < k; p++) {
                double aip = ai[p];
                double[] bp = b[p];
                for (int j = 0; j < m; j++) {
                    ci[j] += aip * bp[j];
                }
            }
        }
        return c;
    }

    /** A^T. */
    public static double[][] transpose(double[][] a) {
        int n = a.length;
        int m = n == 0 ? 0 : a[0].length;
        double[][] t = new double[m][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** A deep copy. */
    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** [A, v]: A with a constant column v appended (Marsland's bias input uses v = -1). */
    public static double[][] appendColumn(double[][] a, double v) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = java.util.Arrays.copyOf(a[i], a[i].length + 1);
            c[i][a[i].length] = v;
        }
        return c;
    }

    /** The shape check used at API boundaries: every row of {@code a} has {@code cols} entries. */
    public static void requireShape(String what, double[][] a, int rows, int cols) {
        if (a == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (rows >= 0 && a.length != rows) {
            throw new IllegalArgumentException(what + " must have " + rows + " rows, got " + a.length);
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null || (cols >= 0 && a[i].length != cols)) {
                throw new IllegalArgumentException(what + " row " + i + " must have " + cols + " entries, got "
                        + (a[i] == null ? "null" : a[i].length));
            }
        }
    }
}
