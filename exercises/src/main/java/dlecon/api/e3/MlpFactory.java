package dlecon.api.e3;

import dlecon.api.nn.Layer;
import java.util.List;
import java.util.random.RandomGenerator;

/** E3 entry point, implemented by {@code dlecon.solution.e3.MlpSolution} (public, no-argument constructor). */
public interface MlpFactory {

    /** The activation g of the given kind (formulas in {@link ActivationKind}). */
    Activation activation(ActivationKind kind);

    /** The loss of the given kind (formulas in {@link LossKind}). */
    Loss loss(LossKind kind);

    /** The initialiser of the given kind (formulas in {@link InitKind}). */
    Initializer initializer(InitKind kind);

    /**
     * A dense (affine) layer Y = X W + b: X is N x n_in, W is n_in x n_out, b is 1 x n_out (added to every row), Y is
     * N x n_out. W is drawn by {@code initializer(init).weights(nIn, nOut, rng)} (so {@code rng} advances by exactly
     * n_in n_out draws) and b = 0. {@code inputSize()} is n_in and {@code outputSize()} n_out.
     *
     * <p>Its {@link Layer#parameters()} are, in this order, W ({@code rows = n_in, cols = n_out}, entry (i, j) at
     * {@code values()[i * n_out + j]}) and b ({@code 1 x n_out}). Their values may be changed in place between calls
     * (an optimizer does): every forward pass uses the current values. Callers do not change them between a forward
     * pass and its backward pass.
     *
     * <p>Backward with G = dE/dY (N x n_out): dE/dW <em>+=</em> X^T G, dE/db <em>+=</em> the column sums of G (over all
     * N rows), returns dE/dX = G W^T (N x n_in), with X the input of the last forward pass. The order in which the
     * sums are taken is free (results are compared up to rounding).
     *
     * @throws IllegalArgumentException if nIn or nOut is below 1
     * @throws NullPointerException     if init or rng is null
     */
    Layer dense(int nIn, int nOut, InitKind init, RandomGenerator rng);

    /**
     * An element-wise activation layer Y = g(X) of any width (sizes -1, no parameters); backward returns
     * dE/dX = g'(X) * dE/dY (element-wise), with X the input of the last forward pass.
     */
    Layer activationLayer(ActivationKind kind);

    /**
     * A row-wise output-function layer (see {@link OutputKind}) of any width (sizes -1, no parameters); backward
     * applies the transposed Jacobian of the last forward pass's rows to dE/dY.
     */
    Layer outputLayer(OutputKind kind);

    /**
     * A network applying {@code layers} in order (the list is copied, the layers are not).
     *
     * @throws IllegalArgumentException for an empty list, or when a layer's declared input size differs from the
     *                                  width the declared sizes before it produce
     */
    Network network(List<Layer> layers);

    /** The training loop (see {@link Trainer}). */
    Trainer trainer();

    /**
     * Confusion matrix C[predicted][actual] of outputs y against targets t (both N x K): with K = 1 the classes are
     * y &gt; 0.5 and t &gt; 0.5 (a 2 x 2 matrix, class 1 when strictly above 0.5); with K &gt; 1 the argmax of each row,
     * the first maximum on ties (a K x K matrix). Arguments are not modified.
     *
     * @return a new matrix; 0 x 0 when y and t have no rows
     * @throws IllegalArgumentException if y or t is null, the shapes differ (or are not rectangular), or y holds NaN
     */
    int[][] confusionMatrix(double[][] y, double[][] t);

    /**
     * trace(C) / sum(C) of a square matrix of counts (not modified); NaN when the sum is 0 (an empty or all-zero
     * matrix).
     *
     * @throws IllegalArgumentException if confusion is null, not square, or holds a negative count
     */
    double accuracy(int[][] confusion);

    /**
     * Marsland's two-layer network (see {@link MarslandMlp}) with the entries of W1, then those of W2, drawn row by row
     * from {@code rng} as (u - 0.5) * 2 / sqrt(n_in) and (u - 0.5) * 2 / sqrt(H), u = {@code rng.nextDouble()} (so
     * {@code rng} advances by (n_in + 1) H + (H + 1) K draws, the bias rows included).
     *
     * @param nIn      m, number of inputs (at least 1)
     * @param nHidden  H, number of hidden neurons (at least 1)
     * @param nOut     K, number of outputs (at least 1)
     * @param beta     steepness of the sigmoids (positive, finite)
     * @param momentum momentum m of the updates, in [0, 1) (0.9 in the book)
     * @param output   IDENTITY (the book's "linear"), LOGISTIC or SOFTMAX
     * @throws IllegalArgumentException for sizes below 1, beta not positive and finite, momentum outside [0, 1)
     * @throws NullPointerException     if output or rng is null
     */
    MarslandMlp marsland(int nIn, int nHidden, int nOut, double beta, double momentum, OutputKind output,
                         RandomGenerator rng);
}
