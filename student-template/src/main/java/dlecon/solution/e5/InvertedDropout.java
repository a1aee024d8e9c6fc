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


    /**
     * A dropout layer drawing its masks from {@code rng}, which it keeps.
     *
     * @param p   drop probability, 0 &lt;= p &lt; 1
     * @param rng the layer's own source of masks
     * @throws IllegalArgumentException if p is outside [0, 1) (NaN included) or rng is null
     */
    InvertedDropout(double p, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO E5 check 0 <= p < 1 and keep p, the scale 1/(1-p) and the generator");
    }

    @Override
    public String name() {
        throw new UnsupportedOperationException("TODO E5 the layer's name, dropout(p)");
    }

    @Override
    public double[][] forward(double[][] input, boolean training) {
        throw new UnsupportedOperationException("TODO E5 forward pass: Y = X * M with a fresh mask when training, a copy of X otherwise");
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        throw new UnsupportedOperationException("TODO E5 backward pass: dE/dX = dE/dY * M with the mask of the last forward pass");
    }
}
