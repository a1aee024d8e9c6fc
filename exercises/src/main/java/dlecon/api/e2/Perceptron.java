package dlecon.api.e2;

import java.util.random.RandomGenerator;

/**
 * Marsland's perceptron (ch. 3, {@code pcn.py}).
 *
 * <p>Notation: X is N x m (one input per row), X_b = [X, -1] appends a constant bias input of <b>-1</b> as the last
 * column, W is (m+1) x n (the last row holds the bias weights), targets T are N x n. The activation of output j for
 * row i is a_ij = (X_b W)_ij = sum_{k &lt; m} X_ik W_kj - W_mj, and the output is y_ij = 1 if a_ij &gt; 0 else 0
 * (strict threshold: an activation of exactly 0 gives 0).
 *
 * <p>Arguments: an input X must be non-null with at least one row, every row of length m, and finite entries; targets
 * T must be non-null with the same number of rows as X, every row of length n, and finite entries (training uses
 * 0/1 targets; the confusion matrix classifies any finite target as described there); weights W must be non-null of
 * shape (m+1) x n with finite entries. A method given an argument that breaks this throws
 * {@link IllegalArgumentException} and leaves W unchanged. Only {@link #setWeights}, {@link #initialise},
 * {@link #trainStep} and {@link #train} modify W; no method modifies its array arguments, and no array passed in or
 * returned is shared with the perceptron (W is always copied).
 */
public interface Perceptron {

    /** Number of inputs m. */
    int inputs();

    /** Number of output neurons n. */
    int outputs();

    /** A copy of W, shape (m+1) x n, last row = bias weights. */
    double[][] weights();

    /**
     * Replaces W by a copy of {@code w}.
     *
     * @param w (m+1) x n, not modified
     * @throws IllegalArgumentException if w is null, has another shape or a non-finite entry
     */
    void setWeights(double[][] w);

    /**
     * Draws every entry of W as W_ij = 0.1 u - 0.05 with u = {@code rng.nextDouble()} (uniform on [-0.05, 0.05),
     * Marsland's {@code rand()*0.1-0.05}), one draw per entry, row by row: W_00, W_01, ..., W_0(n-1), W_10, ...,
     * the bias row last. Modifies W.
     *
     * @throws IllegalArgumentException if rng is null
     */
    void initialise(RandomGenerator rng);

    /**
     * Recall: y_ij = 1 if (X_b W)_ij &gt; 0 else 0.
     *
     * @param x N x m inputs, not modified
     * @return N x n array of 0.0 and 1.0
     * @throws IllegalArgumentException on a bad X (see the class comment)
     */
    double[][] recall(double[][] x);

    /**
     * One full-batch training iteration: y = recall(X) with the weights before the update, then
     * W &lt;- W - eta X_b^T (y - T). Modifies W.
     *
     * @param x   N x m inputs, not modified
     * @param t   N x n targets in {0, 1}, not modified
     * @param eta learning rate, finite and &gt; 0
     * @throws IllegalArgumentException on a bad X or T (see the class comment) or an eta that is not finite and
     *                                  &gt; 0
     */
    void trainStep(double[][] x, double[][] t, double eta);

    /**
     * Runs {@link #trainStep} {@code iterations} times. Modifies W.
     *
     * @param iterations number of steps, &gt;= 0 (0 leaves W unchanged and returns an empty array)
     * @return the weights after each iteration: element k is a copy of W after k + 1 steps
     * @throws IllegalArgumentException if iterations &lt; 0, and as {@link #trainStep} when iterations &gt;= 1
     */
    double[][][] train(double[][] x, double[][] t, double eta, int iterations);

    /**
     * Confusion matrix of the recall on X against T. With one output: classes are 0 and 1, the predicted class is 1
     * when the activation (X_b W)_i0 &gt; 0 (strict, as in recall) and the actual class is 1 when T_i0 &gt; 0.5,
     * giving a 2 x 2 matrix. With n &gt; 1 outputs: the predicted class is the argmax of row i of X_b W and the actual
     * class the argmax of row i of T (the first index on ties, as numpy's argmax), giving n x n.
     *
     * @return matrix C with C[predicted][actual] = count (a new array)
     * @throws IllegalArgumentException on a bad X or T (see the class comment)
     */
    int[][] confusionMatrix(double[][] x, double[][] t);

    /**
     * Accuracy = trace(C) / sum(C) of {@link #confusionMatrix}, the fraction of rows classified correctly.
     *
     * @throws IllegalArgumentException on a bad X or T (see the class comment)
     */
    double accuracy(double[][] x, double[][] t);
}
