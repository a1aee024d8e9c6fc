package dlecon.solution.e3;

/**
 * The matrix products behind {@link DenseLayer}, on matrices held as arrays of rows. C2 (the JIT compiler)
 * vectorises a loop y[j] += a * w[j] only when every array is indexed by the loop variable itself (no offsets
 * into a flat array), so the flat, row-major parameter arrays are copied into rows (a memory copy, cheap next to
 * the products) and the inner loops run over whole rows, several rows at a time to save loads and stores.
 */
final class DenseKernels {

    private DenseKernels() {
    }

    // BEGIN REMOVE
    /** The flat row-major n x m matrix as n rows of m, written into {@code rows} if it has that shape. */
    static double[][] copyToRows(double[] flat, int n, int m, double[][] rows) {
        double[][] out = rows != null && rows.length == n && rows[0].length == m ? rows : new double[n][m];
        for (int k = 0; k < n; k++) {
            System.arraycopy(flat, k * m, out[k], 0, m);
        }
        return out;
    }

    /** flat &lt;- the rows, row-major. */
    static void copyFromRows(double[][] rows, double[] flat) {
        int m = rows[0].length;
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(rows[k], 0, flat, k * m, m);
        }
    }

    /** The transpose of the flat row-major n x m matrix, as m rows of n, written into {@code rows} if it fits. */
    static double[][] transposeToRows(double[] flat, int n, int m, double[][] rows) {
        double[][] out = rows != null && rows.length == m && rows[0].length == n ? rows : new double[m][n];
        for (int k = 0; k < n; k++) {
            int off = k * m;
            for (int j = 0; j < m; j++) {
                out[j][k] = flat[off + j];
            }
        }
        return out;
    }

    /** flat (n x m, row-major) &lt;- the transpose of {@code rows} (m rows of n). */
    static void copyFromTransposedRows(double[][] rows, double[] flat) {
        int m = rows.length;
        int n = rows[0].length;
        for (int j = 0; j < m; j++) {
            double[] row = rows[j];
            for (int k = 0; k < n; k++) {
                flat[k * m + j] = row[k];
            }
        }
    }

    /** The transpose of {@code rows}, written into {@code out} if it has the right shape. */
    static double[][] transposeRows(double[][] rows, double[][] out) {
        int n = rows.length;
        int m = rows[0].length;
        double[][] t = out != null && out.length == m && out[0].length == n ? out : new double[m][n];
        for (int k = 0; k < n; k++) {
            double[] row = rows[k];
            for (int j = 0; j < m; j++) {
                t[j][k] = row[j];
            }
        }
        return t;
    }

    /**
     * Y += X M for X given as rows (N x K), M as K rows of J and Y as N rows of J. The K rows of M are taken in
     * blocks of about 16 KB that stay in the L1 cache while every row of X uses them (without blocking, a large M
     * would stream from a slow cache once per row of X); within a block, four rows of M per pass over a row of Y.
     */
    static void addProduct(double[][] x, double[][] m, double[][] y) {
        int depth = m.length;
        int width = m[0].length;
        int block = blockRows(width);
        for (int k0 = 0; k0 < depth; k0 += block) {
            int k1 = Math.min(depth, k0 + block);
            for (int r = 0; r < x.length; r++) {
                double[] xr = x[r];
                double[] yr = y[r];
                int k = k0;
                for (; k + 3 < k1; k += 4) {
                    double x0 = xr[k];
                    double x1 = xr[k + 1];
                    double x2 = xr[k + 2];
                    double x3 = xr[k + 3];
                    double[] m0 = m[k];
                    double[] m1 = m[k + 1];
                    double[] m2 = m[k + 2];
                    double[] m3 = m[k + 3];
                    for (int j = 0; j < width; j++) {
                        yr[j] += x0 * m0[j] + x1 * m1[j] + x2 * m2[j] + x3 * m3[j];
                    }
                }
                for (; k < k1; k++) {
                    double xk = xr[k];
                    double[] mk = m[k];
                    for (int j = 0; j < width; j++) {
                        yr[j] += xk * mk[j];
                    }
                }
            }
        }
    }

    /** Rows of a matrix of the given width that fill about 16 KB (half an L1 data cache), a multiple of 4. */
    private static int blockRows(int width) {
        return Math.max(4, (2048 / width) & ~3);
    }

    /** A new row y with y_j = b_j + x . rows_j (four partial sums per dot product). */
    static double[] dots(double[] x, double[][] rows, double[] b) {
        double[] y = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            double[] w = rows[j];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int k = 0;
            for (; k + 3 < x.length; k += 4) {
                s0 += x[k] * w[k];
                s1 += x[k + 1] * w[k + 1];
                s2 += x[k + 2] * w[k + 2];
                s3 += x[k + 3] * w[k + 3];
            }
            for (; k < x.length; k++) {
                s0 += x[k] * w[k];
            }
            y[j] = b[j] + ((s0 + s1) + (s2 + s3));
        }
        return y;
    }

    /**
     * out_i += sum_r a[r][i] b[r] (out += A^T B, A is N x I, B is N x J, out is I rows of J). The rows r are
     * taken in blocks of about 16 KB of B that stay in the L1 cache while every out_i uses them; within a block,
     * four rows of B per pass over out_i.
     */
    static void addTransposedProduct(double[][] a, double[][] b, double[][] out) {
        int n = a.length;
        int width = out[0].length;
        int block = blockRows(width);
        for (int r0 = 0; r0 < n; r0 += block) {
            int r1 = Math.min(n, r0 + block);
            for (int i = 0; i < out.length; i++) {
                double[] o = out[i];
                int r = r0;
                for (; r + 3 < r1; r += 4) {
                    double a0 = a[r][i];
                    double a1 = a[r + 1][i];
                    double a2 = a[r + 2][i];
                    double a3 = a[r + 3][i];
                    double[] b0 = b[r];
                    double[] b1 = b[r + 1];
                    double[] b2 = b[r + 2];
                    double[] b3 = b[r + 3];
                    for (int j = 0; j < width; j++) {
                        o[j] += a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
                    }
                }
                for (; r < r1; r++) {
                    double ar = a[r][i];
                    double[] br = b[r];
                    for (int j = 0; j < width; j++) {
                        o[j] += ar * br[j];
                    }
                }
            }
        }
    }
    // END REMOVE
}
