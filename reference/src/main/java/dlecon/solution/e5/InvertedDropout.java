package dlecon.solution.e5;

import dlecon.api.linalg.Matrices;
import dlecon.api.nn.ShapePreservingLayer;
import java.util.random.RandomGenerator;

/**
 * Inverted dropout (Srivastava et al. 2014, JMLR 15:1929) with drop probability p.
 *
 * <p>Training forward pass: a mask M of the input's shape N x d with M_ij = 0 if {@code rng.nextDouble() < p} (one
 * draw per entry, row by row) and M_ij = s = 1/(1-p) otherwise, and Y = X * M element-wise, so that E[Y] = X.
 * Inference forward pass: Y = X (a copy), M = 1. Backward pass: dE/dX = dE/dY * M with the mask of the most recent
 * forward pass. The products are computed as x * M_ij, so a NaN input stays NaN even where it is dropped (a hidden
 * NaN would go unnoticed). No parameters, any width; neither pass modifies its argument, both return new arrays.
 * Bad input: forward rejects a null or ragged X, backward a gradient of another shape than the last input
 * ({@link IllegalArgumentException}) and a call before any forward pass ({@link IllegalStateException}).
 */
final class InvertedDropout implements ShapePreservingLayer {

    // BEGIN REMOVE
    private final double p;
    /** s = 1/(1-p), the value of a kept mask entry. */
    private final double scale;
    private final RandomGenerator rng;
    /** The mask of the last training forward pass, or null after an inference pass (M = 1). */
    private double[][] mask;
    /** {rows, columns} of the last forward pass's input; null before the first forward pass. */
    private int[] shape;
    // END REMOVE

    /**
     * A dropout layer drawing its masks from {@code rng}, which it keeps.
     *
     * @param p   drop probability, 0 &lt;= p &lt; 1
     * @param rng the layer's own source of masks
     * @throws IllegalArgumentException if p is outside [0, 1) (NaN included) or rng is null
     */
    InvertedDropout(double p, RandomGenerator rng) {
        // BEGIN SOLUTION: E5 check 0 <= p < 1 and keep p, the scale 1/(1-p) and the generator
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("drop probability p must be in [0, 1), got " + p);
        }
        if (rng == null) {
            throw new IllegalArgumentException("rng is null");
        }
        this.p = p;
        this.scale = 1.0 / (1.0 - p);
        this.rng = rng;
        // END SOLUTION
    }

    @Override
    public String name() {
        // BEGIN SOLUTION: E5 the layer's name, dropout(p)
        return "dropout(" + p + ")";
        // END SOLUTION
    }

    @Override
    public double[][] forward(double[][] input, boolean training) {
        // BEGIN SOLUTION: E5 forward pass: Y = X * M with a fresh mask when training, a copy of X otherwise
        int width = input == null || input.length == 0 || input[0] == null ? 0 : input[0].length;
        Matrices.requireShape("dropout input", input, -1, width);
        int rows = input.length;
        shape = new int[] {rows, width};
        if (!training) {
            mask = null;
            return Matrices.copy(input);
        }
        mask = new double[rows][width];
        double[][] output = new double[rows][width];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < width; j++) {
                mask[i][j] = rng.nextDouble() < p ? 0.0 : scale;
                output[i][j] = input[i][j] * mask[i][j];
            }
        }
        return output;
        // END SOLUTION
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        // BEGIN SOLUTION: E5 backward pass: dE/dX = dE/dY * M with the mask of the last forward pass
        if (shape == null) {
            throw new IllegalStateException("backward called before any forward pass");
        }
        Matrices.requireShape("dropout gradOutput", gradOutput, shape[0], shape[1]);
        if (mask == null) {
            return Matrices.copy(gradOutput);
        }
        double[][] gradInput = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                gradInput[i][j] = gradOutput[i][j] * mask[i][j];
            }
        }
        return gradInput;
        // END SOLUTION
    }
}
