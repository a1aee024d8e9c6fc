package dlecon.solution.e3;

import static dlecon.api.linalg.Matrices.appendColumn;
import static dlecon.api.linalg.Matrices.copy;
import static dlecon.api.linalg.Matrices.multiply;
import static dlecon.api.linalg.Matrices.transpose;

import dlecon.api.e3.EarlyStopping;
import dlecon.api.e3.MarslandMlp;
import dlecon.api.e3.OutputKind;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Marsland's two-layer perceptron ({@code mlp.py}, ch. 4 of <i>Machine Learning: An Algorithmic Perspective</i>,
 * 2nd ed.) with the book's quirks: bias input -1, logistic output delta without 1/N, softmax delta with only the
 * diagonal of the softmax Jacobian, momentum reset at every {@link #train} call. Formulas: {@link MarslandMlp};
 * shapes: X is N x m, X_b = [X, -1] is N x (m+1), W1 (m+1) x H, h_b = [h, -1] is N x (H+1), W2 (H+1) x K, y N x K.
 * The softmax is shifted by the row maximum (the same value, without overflow).
 */
public final class MarslandNetwork implements MarslandMlp {

    private final int nIn;
    private final int nHidden;
    private final int nOut;
    private final double beta;
    private final double momentum;
    private final OutputKind output;


    /**
     * Draws the entries of W1 as (u - 0.5) * 2 / sqrt(m), then those of W2 as (u - 0.5) * 2 / sqrt(H), each matrix
     * row by row, with u = {@code rng.nextDouble()}.
     *
     * @param nIn      m, number of inputs (at least 1)
     * @param nHidden  H, number of hidden neurons (at least 1)
     * @param nOut     K, number of outputs (at least 1)
     * @param beta     steepness of the sigmoids (positive, finite)
     * @param momentum m of the updates, in [0, 1) (0.9 in the book)
     * @param output   IDENTITY (linear), LOGISTIC or SOFTMAX
     * @param rng      the only source of randomness; advanced by (m+1) H + (H+1) K draws
     */
    public MarslandNetwork(int nIn, int nHidden, int nOut, double beta, double momentum, OutputKind output,
                           RandomGenerator rng) {
        MarslandChecks.network(nIn, nHidden, nOut, beta, momentum);
        this.nIn = nIn;
        this.nHidden = nHidden;
        this.nOut = nOut;
        this.beta = beta;
        this.momentum = momentum;
        this.output = Objects.requireNonNull(output, "output");
        Objects.requireNonNull(rng, "rng");
        throw new UnsupportedOperationException("TODO E3 Marsland network: draw W1 then W2, row by row, as (u - 0.5) * 2 / sqrt(fan-in)");
    }

    @Override
    public double[][] weights1() {
        throw new UnsupportedOperationException("TODO E3 Marsland network: return a copy of W1");
    }

    @Override
    public double[][] weights2() {
        throw new UnsupportedOperationException("TODO E3 Marsland network: return a copy of W2");
    }

    /** @throws IllegalArgumentException unless W1 is (m+1) x H and W2 is (H+1) x K, all entries finite */
    @Override
    public void setWeights(double[][] w1, double[][] w2) {
        MarslandChecks.matrix("w1", w1, nIn + 1, nHidden);
        MarslandChecks.matrix("w2", w2, nHidden + 1, nOut);
        throw new UnsupportedOperationException("TODO E3 Marsland network: store copies of W1 and W2");
    }

    /** @throws IllegalArgumentException unless x is N x m with finite entries */
    @Override
    public double[][] forward(double[][] x) {
        MarslandChecks.matrix("x", x, -1, nIn);
        throw new UnsupportedOperationException("TODO E3 Marsland network: forward pass y = out(h_b W2) with h = 1 / (1 + exp(-beta X_b W1))");
    }

    /** @throws IllegalArgumentException unless x is N x m and t is N x K, with finite entries */
    @Override
    public double error(double[][] x, double[][] t) {
        MarslandChecks.data("x", x, "t", t, nIn, nOut);
        throw new UnsupportedOperationException("TODO E3 Marsland network: error E = 1/2 sum (y - t)^2");
    }

    /**
     * Output deltas delta_o: IDENTITY (y - t)/N, LOGISTIC beta (y - t) y (1 - y), SOFTMAX (y - t)(y - y^2)/N;
     * hidden deltas delta_h = beta h (1 - h) (delta_o W2^T) without the bias column; then
     * dW1 = eta X_b^T delta_h + m dW1, dW2 = eta h_b^T delta_o + m dW2 (both 0 at the start of the call),
     * W1 -= dW1, W2 -= dW2. Modifies W1 and W2; x and t are not modified.
     *
     * @param eta        learning rate (positive, finite)
     * @param iterations number of full-batch updates (at least 0)
     * @return E before each update, length {@code iterations}
     * @throws IllegalArgumentException for bad shapes, non-finite data, no rows, or bad eta or iterations
     */
    @Override
    public double[] train(double[][] x, double[][] t, double eta, int iterations) {
        MarslandChecks.training(x, t, nIn, nOut, eta, iterations, 0);
        throw new UnsupportedOperationException("TODO E3 Marsland network: full-batch backpropagation with momentum, returning E per iteration");
    }

    /**
     * Blocks of {@code train(x, t, eta, iterationsPerBlock)} while (e1 - e_new) &gt; tol or (e2 - e1) &gt; tol, from
     * e1 = 100002, e2 = 100001, e_new = 100000 as in the book; tol and the safety bound on the number of blocks
     * come from {@link EarlyStopping#marsland()}. Validation error 1/2 sum (t - y)^2. Modifies W1 and W2.
     *
     * @throws IllegalArgumentException for bad shapes, non-finite data, or bad eta or iterationsPerBlock
     */
    @Override
    public double earlyStopping(double[][] x, double[][] t, double[][] validX, double[][] validT, double eta,
                                int iterationsPerBlock) {
        MarslandChecks.training(x, t, nIn, nOut, eta, iterationsPerBlock, 1);
        MarslandChecks.data("validX", validX, "validT", validT, nIn, nOut);
        throw new UnsupportedOperationException("TODO E3 Marsland network: early stopping on the validation error");
    }

    /**
     * C[predicted][actual]: K = 1 gives the 2 x 2 matrix of the classes y &gt; 0.5 and t &gt; 0.5; K &gt; 1 the K x K
     * matrix of row argmaxes (the first maximum on ties).
     *
     * @throws IllegalArgumentException for bad shapes or non-finite data
     * @throws IllegalStateException    if the network outputs NaN (diverged weights)
     */
    @Override
    public int[][] confusionMatrix(double[][] x, double[][] t) {
        MarslandChecks.data("x", x, "t", t, nIn, nOut);
        throw new UnsupportedOperationException("TODO E3 Marsland network: confusion matrix (threshold 0.5 for one output, argmax otherwise)");
    }

}
