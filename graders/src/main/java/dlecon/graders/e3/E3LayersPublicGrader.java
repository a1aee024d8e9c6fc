package dlecon.graders.e3;

import dlecon.api.Exercise;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.OutputKind;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E3 graders of the layers: the dense layer's forward and backward passes, and a stable softmax. */
@GraderSuite(exercise = Exercise.E3, visibility = Visibility.PUBLIC)
class E3LayersPublicGrader {

    /**
     * A sum of n &lt;= 600 products, taken in any order, is within n eps M of the exact sum, M = sum |terms| (the
     * worst case; 6.7e-14 M here): entries are compared to 1e-12 M, a factor 15 over the worst case, while a wrong
     * index or a missing term is off by a sizeable part of M.
     */
    static final double DOT_REL = 1e-12;
    /**
     * Softmax of logits near 1e3: any correct evaluation may carry an absolute rounding of about 1e3 * 1.1e-16 =
     * 1.1e-13 in an exponent (e.g. log-sum-exp subtracts a value near 1e3), which is 1.1e-13 relative after exp;
     * 1e-12 leaves a factor 9, while a softmax without the shift overflows to NaN.
     */
    static final double SOFTMAX_REL = 1e-12;
    /** exp(-1000) underflows to 0: an entry that is 0 must be (about) 0. */
    static final double UNDERFLOW_ABS = 1e-300;
    /**
     * Dense shapes {n_in, n_out, N of the first pass, N of the second}: one entry; one input; narrow (n_out &lt; 8)
     * and wide layers; depths and batches that are not multiples of 4; and sizes above any blocking a fast implementation may
     * use (hundreds of inputs or outputs, batches longer than a block of rows) without being multiples of it.
     */
    private static final int[][] DENSE_SHAPES = {{1, 1, 1, 2}, {1, 9, 3, 2}, {2, 3, 4, 1}, {3, 2, 5, 3}, {4, 8, 3, 6},
        {5, 7, 9, 2}, {9, 13, 11, 5}, {7, 300, 7, 9}, {300, 3, 7, 5}, {600, 7, 3, 6}, {45, 50, 6, 13},
        {13, 45, 50, 3}};
    /** Random dense shapes added to the fixed ones. */
    private static final int RANDOM_SHAPES = 4;

    @Test
    @DisplayName("dense layer: Y = X W + b, and backward adds X^T G to dE/dW and the column sums of G to dE/db and "
            + "returns G W^T, for narrow, wide and large layers over two passes with W changed in place in between")
    @Graded(points = 2, category = "dense layer", task = Tasks.DENSE,
            hint = "W is parameters().get(0), n_in x n_out, entry (i, j) at values()[i * n_out + j]; b is get(1); "
                    + "forward uses the current values; backward ADDS into gradients() and uses the input of the last "
                    + "forward pass; check loop bounds and indices for n_in != n_out and for large layers")
    void denseForwardAndBackward(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int[] shape : DENSE_SHAPES) {
            checkDense(mlp, rng, shape);
        }
        for (int c = 0; c < RANDOM_SHAPES; c++) {
            checkDense(mlp, rng, new int[] {1 + rng.nextInt(12), 1 + rng.nextInt(12), 1 + rng.nextInt(9),
                1 + rng.nextInt(9)});
        }
    }

    @Test
    @DisplayName("softmax of logits around 1000 is finite, sums to 1 and equals the softmax of the shifted logits")
    @Graded(points = 0.5, category = "numerically stable softmax", task = Tasks.LAYERS,
            hint = "subtract the row maximum before exp: y_k = exp(a_k - max a) / sum_j exp(a_j - max a); "
                    + "the sigmoid of -1000 is 0, not NaN")
    void softmaxIsStable(MlpFactory mlp) {
        Layer soft = mlp.outputLayer(OutputKind.SOFTMAX);
        double[][] y = soft.forward(new double[][] {{1000, 1001, 1002}, {-1000, 0, 1000}}, false);
        double z = 1 + Math.exp(1) + Math.exp(2);
        Expect.close("row 0", y[0], new double[] {1 / z, Math.exp(1) / z, Math.exp(2) / z}, SOFTMAX_REL, 0);
        Expect.close("row 1", y[1], new double[] {0, Math.exp(-1000), 1}, SOFTMAX_REL, UNDERFLOW_ABS);
        double[][] logistic = mlp.outputLayer(OutputKind.LOGISTIC).forward(new double[][] {{-1000, 1000}}, false);
        Expect.exactly("logistic output of -1000", logistic[0][0], 0.0);
        Expect.exactly("logistic output of 1000", logistic[0][1], 1.0);
    }

    /** Two forward and backward passes of one dense layer, with new W, b, X and G in the second. */
    private static void checkDense(MlpFactory mlp, SplittableRandom rng, int[] shape) {
        int nIn = shape[0];
        int nOut = shape[1];
        Layer dense = mlp.dense(nIn, nOut, InitKind.XAVIER_UNIFORM, rng);
        String name = String.format(Locale.ROOT, "dense %d x %d", nIn, nOut);
        Expect.that(name + ": input and output sizes", dense.inputSize() == nIn && dense.outputSize() == nOut,
                nIn + " and " + nOut, dense.inputSize() + " and " + dense.outputSize());
        List<Parameter> ps = dense.parameters();
        Expect.that(name + ": parameters [W (n_in x n_out), b (1 x n_out)]", ps.size() == 2
                && ps.get(0).rows() == nIn && ps.get(0).cols() == nOut && ps.get(1).rows() == 1
                && ps.get(1).cols() == nOut, "[" + nIn + " x " + nOut + ", 1 x " + nOut + "]", describe(ps));
        double[] w = ps.get(0).values();
        double[] b = ps.get(1).values();
        double[] dw = fill(ps.get(0).gradients(), rng);
        double[] db = fill(ps.get(1).gradients(), rng);
        for (int pass = 1; pass <= 2; pass++) {
            fill(w, rng);
            fill(b, rng);
            double[][] x = gaussian(rng, shape[1 + pass], nIn);
            double[][] g = gaussian(rng, x.length, nOut);
            double[][] x0 = E3ElementsPublicGrader.copy(x);
            double[][] g0 = E3ElementsPublicGrader.copy(g);
            String at = String.format(Locale.ROOT, "%s, pass %d with %d rows: ", name, pass, x.length);
            double[][] y = dense.forward(x, true);
            checkRows(at + "Y", y, x.length, nOut);
            for (int r = 0; r < x.length; r++) {
                for (int j = 0; j < nOut; j++) {
                    double sum = b[j];
                    double size = Math.abs(b[j]);
                    for (int i = 0; i < nIn; i++) {
                        sum += x[r][i] * w[i * nOut + j];
                        size += Math.abs(x[r][i] * w[i * nOut + j]);
                    }
                    close(at + "Y[" + r + "][" + j + "]", y[r][j], sum, size);
                }
            }
            double[][] dx = dense.backward(g);
            checkRows(at + "dE/dX", dx, x.length, nIn);
            for (int r = 0; r < x.length; r++) {
                for (int i = 0; i < nIn; i++) {
                    double sum = 0;
                    double size = 0;
                    for (int j = 0; j < nOut; j++) {
                        sum += g[r][j] * w[i * nOut + j];
                        size += Math.abs(g[r][j] * w[i * nOut + j]);
                    }
                    close(at + "dE/dX[" + r + "][" + i + "]", dx[r][i], sum, size);
                }
            }
            double[] dwSize = new double[dw.length];
            double[] dbSize = new double[db.length];
            for (int k = 0; k < dw.length; k++) {
                dwSize[k] = Math.abs(dw[k]);
            }
            for (int j = 0; j < nOut; j++) {
                dbSize[j] = Math.abs(db[j]);
                for (int r = 0; r < x.length; r++) {
                    db[j] += g[r][j];
                    dbSize[j] += Math.abs(g[r][j]);
                    for (int i = 0; i < nIn; i++) {
                        dw[i * nOut + j] += x[r][i] * g[r][j];
                        dwSize[i * nOut + j] += Math.abs(x[r][i] * g[r][j]);
                    }
                }
            }
            double[] dwActual = ps.get(0).gradients();
            for (int k = 0; k < dw.length; k++) {
                close(at + "dE/dW[" + k / nOut + "," + k % nOut + "] (gradient before the pass + X^T G)",
                        dwActual[k], dw[k], dwSize[k]);
            }
            for (int j = 0; j < nOut; j++) {
                close(at + "dE/db[" + j + "] (gradient before the pass + column sum of G)", ps.get(1).gradients()[j],
                        db[j], dbSize[j]);
            }
            Expect.that(at + "X and G unchanged", Arrays.deepEquals(x, x0) && Arrays.deepEquals(g, g0),
                    "as passed", "modified");
        }
    }

    private static void close(String what, double actual, double expected, double size) {
        Expect.close(what, actual, expected, 0, DOT_REL * size);
    }

    private static void checkRows(String what, double[][] a, int rows, int cols) {
        boolean ok = a != null && a.length == rows && Arrays.stream(a).allMatch(r -> r != null && r.length == cols);
        Expect.that(what + " shape", ok, rows + " x " + cols, a == null ? "null" : a.length + " rows");
    }

    private static String describe(List<Parameter> ps) {
        StringBuilder s = new StringBuilder("[");
        for (Parameter p : ps) {
            s.append(s.length() > 1 ? ", " : "").append(p.rows()).append(" x ").append(p.cols());
        }
        return s.append("]").toString();
    }

    /** Fills {@code a} with standard normal draws; returns a copy of the new contents. */
    static double[] fill(double[] a, SplittableRandom rng) {
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextGaussian();
        }
        return a.clone();
    }

    static double[][] gaussian(SplittableRandom rng, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            fill(row, rng);
        }
        return a;
    }
}
