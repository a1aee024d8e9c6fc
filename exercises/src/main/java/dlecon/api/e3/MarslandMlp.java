package dlecon.api.e3;

/**
 * Marsland's two-layer perceptron ({@code mlp.py}, ch. 4), kept exactly as in the book so its test vectors hold.
 *
 * <p>Notation: X is N x m, X_b = [X, -1] (bias input -1 as the last column); W1 is (m+1) x H, W2 is (H+1) x K (last
 * rows = bias weights). Hidden h = 1 / (1 + exp(-beta X_b W1)), h_b = [h, -1], a = h_b W2, output y = a (linear,
 * {@link OutputKind#IDENTITY}), 1 / (1 + exp(-beta a)) ({@link OutputKind#LOGISTIC}) or the row-wise softmax
 * exp(a_k) / sum_j exp(a_j) ({@link OutputKind#SOFTMAX}, computed without overflow, e.g. by subtracting the row
 * maximum). Error E = 1/2 sum_{n,k} (y - t)^2.
 *
 * <p>Training (full batch): output deltas delta_o = (y - t)/N (linear); beta (y - t) y (1 - y) (logistic, no 1/N, as
 * in the book); (y - t) (y - y^2)/N (softmax, only the diagonal of its Jacobian, as in the book). Hidden
 * delta_h = beta h (1 - h) (delta_o W2^T), the bias column of delta_o W2^T dropped. Updates with momentum m:
 * dW1 = eta X_b^T delta_h + m dW1; dW2 = eta h_b^T delta_o + m dW2; W1 -= dW1; W2 -= dW2 (delta_h is computed with
 * W2 before its update). The momentum terms dW are 0 at the start of every {@link #train} call (each call starts
 * afresh, as the book's {@code mlptrain} does).
 *
 * <p>Sums may be taken in any order (results are compared up to rounding). No method modifies its array arguments.
 */
public interface MarslandMlp {

    /** A new copy of W1, (m+1) x H, last row = bias weights (changing it does not change the network). */
    double[][] weights1();

    /** A new copy of W2, (H+1) x K, last row = bias weights (changing it does not change the network). */
    double[][] weights2();

    /**
     * Replaces both weight matrices by copies of the arguments (later changes to the arguments do not change the
     * network).
     *
     * @throws IllegalArgumentException unless w1 is (m+1) x H and w2 is (H+1) x K with finite entries
     */
    void setWeights(double[][] w1, double[][] w2);

    /**
     * Forward pass y for N x m inputs (N may be 0); returns a new N x K array.
     *
     * @throws IllegalArgumentException unless x is N x m with finite entries
     */
    double[][] forward(double[][] x);

    /**
     * E = 1/2 sum (y - t)^2 of the current weights on (x, t).
     *
     * @throws IllegalArgumentException unless x is N x m and t is N x K, with finite entries
     */
    double error(double[][] x, double[][] t);

    /**
     * Full-batch training, {@code iterations} times: forward, record E, back-propagate and update with momentum (see
     * the class comment). Modifies W1 and W2; with 0 iterations nothing changes.
     *
     * @param eta        learning rate (positive, finite)
     * @param iterations number of updates (at least 0)
     * @return E before each update, length {@code iterations} (element 0 is the error of the initial weights)
     * @throws IllegalArgumentException for bad shapes, non-finite data, no rows, or a bad eta or iterations
     */
    double[] train(double[][] x, double[][] t, double eta, int iterations);

    /**
     * Marsland's early stopping ({@code earlystopping}): start from e2 = 100002, e1 = 100001, e_new = 100000; while
     * (e1 - e_new) &gt; 0.001 or (e2 - e1) &gt; 0.001, and at most 1000 times (the tolerance and limit of
     * {@link EarlyStopping#marsland()}), call {@code train(x, t, eta, iterationsPerBlock)} and then shift
     * e2 &lt;- e1, e1 &lt;- e_new, e_new &lt;- the validation error 1/2 sum (validT - y(validX))^2. Modifies W1 and W2.
     * (The book's starting values old_val_error1 = 100002, old_val_error2 = 100001 differ from these only in names;
     * both give at least three blocks for validation errors below 99999.)
     *
     * @return the last validation error e_new
     * @throws IllegalArgumentException for bad shapes, non-finite data, no training rows, a bad eta, or
     *                                  iterationsPerBlock below 1
     */
    double earlyStopping(double[][] x, double[][] t, double[][] validX, double[][] validT, double eta,
                         int iterationsPerBlock);

    /**
     * Confusion matrix C[predicted][actual] of forward(x) against t: one output -&gt; classes y &gt; 0.5 and t &gt; 0.5
     * (2 x 2); several -&gt; the row argmax, the first maximum on ties (K x K).
     *
     * @throws IllegalArgumentException unless x is N x m and t is N x K, with finite entries
     * @throws IllegalStateException    if the network outputs NaN (diverged weights)
     */
    int[][] confusionMatrix(double[][] x, double[][] t);
}
