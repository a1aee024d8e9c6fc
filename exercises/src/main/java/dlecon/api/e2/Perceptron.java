package dlecon.api.e2;

import java.util.random.RandomGenerator;

/**
 * Marsland's perceptron (ch. 3, {@code pcn.py}).
 *
 * <p>Notation: X is N x m (one input per row), X_b = [X, -1] appends a constant bias input of <b>-1</b> as the last
 * column, W is (m+1) x n (the last row holds the bias weights), targets T are N x n with entries 0 or 1.
 * Activation y = 1 if (X_b W) &gt; 0 else 0 (strict threshold).
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
     * @throws IllegalArgumentException on a wrong shape
     */
    void setWeights(double[][] w);

    /** Draws every entry of W uniformly from [-0.05, 0.05) using {@code rng}, row by row. Modifies W. */
    void initialise(RandomGenerator rng);

    /**
     * Recall: y = 1 if (X_b W)_{ij} &gt; 0 else 0.
     *
     * @param x N x m inputs, not modified
     * @return N x n array of 0.0 and 1.0
     */
    double[][] recall(double[][] x);

    /**
     * One full-batch training iteration: y = recall(X); W -= eta X_b^T (y - T). Modifies W.
     *
     * @param x   N x m inputs, not modified
     * @param t   N x n targets in {0, 1}, not modified
     * @param eta learning rate, finite and &gt; 0
     * @throws IllegalArgumentException on wrong shapes, no rows, non-finite values or a bad eta
     */
    void trainStep(double[][] x, double[][] t, double eta);

    /**
     * Runs {@link #trainStep} {@code iterations} times. Modifies W.
     *
     * @return the weights after each iteration: element k is W after k + 1 steps (copies)
     */
    double[][][] train(double[][] x, double[][] t, double eta, int iterations);

    /**
     * Confusion matrix of the recall on X against T. With one output: classes are 0 and 1, the prediction
     * is (X_b W) &gt; 0 and the target T &gt; 0.5, giving a 2 x 2 matrix. With n &gt; 1 outputs: the class is the
     * argmax of X_b W (prediction) and of T (target), giving n x n.
     *
     * @return matrix C with C[predicted][actual] = count
     */
    int[][] confusionMatrix(double[][] x, double[][] t);

    /** Accuracy = trace(C) / sum(C) of {@link #confusionMatrix}. */
    double accuracy(double[][] x, double[][] t);
}
