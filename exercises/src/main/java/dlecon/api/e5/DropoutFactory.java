package dlecon.api.e5;

import dlecon.api.nn.Layer;
import java.util.random.RandomGenerator;

/** E5 entry point, implemented by {@code dlecon.solution.e5.DropoutSolution} (public, no-argument constructor). */
public interface DropoutFactory {

    /**
     * An inverted-dropout layer (Srivastava et al. 2014, JMLR 15:1929): a parameter-free
     * {@link dlecon.api.nn.ShapePreservingLayer} (any width, no parameters) named {@code "dropout(" + p + ")"},
     * e.g. {@code dropout(0.5)}.
     *
     * <p><b>Training forward pass</b>, {@code forward(X, true)} with X of shape N x d (N, d &gt;= 0, one sample per
     * row): draws a <em>fresh</em> mask M of the same shape from {@code rng}, one draw per entry in row-major order
     * (row 0 from left to right, then row 1, ...) and nothing else from the generator:
     * M_ij = 0 if {@code rng.nextDouble() < p} (dropped; a draw equal to p keeps the entry), else
     * M_ij = 1/(1-p) (kept); returns Y = X * M element-wise, so E[Y] = X.
     *
     * <p><b>Inference forward pass</b>, {@code forward(X, false)}: returns a copy of X (a new array, equal entries)
     * and draws nothing; its mask is M = 1.
     *
     * <p><b>Backward pass</b>, {@code backward(dE/dY)}: returns dE/dX = dE/dY * M element-wise with the mask of the
     * <em>most recent</em> forward pass (the same result however often it is called; the identity after an
     * inference pass).
     *
     * <p>Entries are computed as the product x * M_ij (a division x / (1 - p) for kept entries is as good): a
     * dropped negative x gives -0.0 (compare with {@code ==}, which treats it as 0) and a NaN stays NaN even where it
     * is dropped, so a bug upstream is not hidden. With p = 0 nothing is dropped and the scale is 1, so both passes
     * return copies of their arguments. Both passes return new arrays and modify neither their argument nor any
     * array they returned before; an empty batch (N = 0) gives an empty result.
     *
     * <p>Errors: {@code forward} throws {@link IllegalArgumentException} for a null X, a null row or rows of
     * unequal length; {@code backward} throws {@link IllegalStateException} before any forward pass and
     * {@link IllegalArgumentException} when dE/dY is null or not of the shape N x d of the last forward pass's
     * input.
     *
     * @param p   drop probability, 0 &lt;= p &lt; 1
     * @param rng the layer's own source of masks (kept by the layer, used only in training forward passes)
     * @throws IllegalArgumentException if p is outside [0, 1) or NaN, or rng is null
     */
    Layer dropout(double p, RandomGenerator rng);
}
