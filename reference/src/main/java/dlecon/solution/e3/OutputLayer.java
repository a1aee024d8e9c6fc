package dlecon.solution.e3;

import dlecon.api.e3.OutputKind;
import dlecon.api.linalg.Matrices;
import dlecon.api.nn.ShapePreservingLayer;
import java.util.Locale;
import java.util.Objects;

/**
 * A row-wise output function y = f(a) of any width (see {@link OutputKind}): identity, logistic
 * 1 / (1 + e^-a_k), or softmax exp(a_k - max_j a_j) / sum_j exp(a_j - max_j a_j). Backward passes apply the full
 * Jacobian: identity dE/da = dE/dy; logistic dE/da_k = y_k (1 - y_k) dE/dy_k; softmax
 * dE/da_k = y_k (dE/dy_k - sum_j y_j dE/dy_j). No parameters; keeps its last output for the backward pass.
 */
final class OutputLayer implements ShapePreservingLayer {

    private final OutputKind kind;

    // BEGIN REMOVE
    private double[][] output;
    // END REMOVE

    /** @param kind the output function */
    OutputLayer(OutputKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The output function. */
    OutputKind kind() {
        return kind;
    }

    @Override
    public String name() {
        return kind.name().toLowerCase(Locale.ROOT) + " output";
    }

    @Override
    public double[][] forward(double[][] a, boolean training) {
        int width = Shapes.requireBatch("input of " + name(), a);
        // BEGIN SOLUTION: E3 output functions: identity, logistic, softmax with the row maximum subtracted
        double[][] y = new double[a.length][width];
        for (int r = 0; r < a.length; r++) {
            double[] ar = a[r];
            double[] yr = y[r];
            switch (kind) {
                case IDENTITY -> System.arraycopy(ar, 0, yr, 0, width);
                case LOGISTIC -> {
                    for (int j = 0; j < width; j++) {
                        yr[j] = Sigmoid.sigmoid(ar[j]);
                    }
                }
                case SOFTMAX -> softmax(ar, yr);
                default -> throw new IllegalStateException("unknown output " + kind);
            }
        }
        output = y;
        return Matrices.copy(y);
        // END SOLUTION
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        // BEGIN SOLUTION: E3 output backward with the full Jacobian (softmax: y_k (g_k - sum_j y_j g_j))
        if (output == null) {
            throw new IllegalStateException(name() + ": backward called before forward");
        }
        int width = output[0].length;
        Matrices.requireShape("gradient of the output of " + name(), gradOutput, output.length, width);
        double[][] da = new double[output.length][width];
        for (int r = 0; r < output.length; r++) {
            double[] yr = output[r];
            double[] gr = gradOutput[r];
            double[] dr = da[r];
            switch (kind) {
                case IDENTITY -> System.arraycopy(gr, 0, dr, 0, width);
                case LOGISTIC -> {
                    for (int j = 0; j < width; j++) {
                        dr[j] = yr[j] * (1 - yr[j]) * gr[j];
                    }
                }
                case SOFTMAX -> {
                    double yg = 0;
                    for (int j = 0; j < width; j++) {
                        yg += yr[j] * gr[j];
                    }
                    for (int j = 0; j < width; j++) {
                        dr[j] = yr[j] * (gr[j] - yg);
                    }
                }
                default -> throw new IllegalStateException("unknown output " + kind);
            }
        }
        return da;
        // END SOLUTION
    }

    // BEGIN REMOVE
    /** y = softmax(a) for one row, shifted by max a so that no exponential overflows. */
    private static void softmax(double[] a, double[] y) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            y[j] = Math.exp(a[j] - max);
            sum += y[j];
        }
        for (int j = 0; j < a.length; j++) {
            y[j] /= sum;
        }
    }
    // END REMOVE
}
