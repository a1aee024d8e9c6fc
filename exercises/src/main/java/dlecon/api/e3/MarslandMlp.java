package dlecon.api.e3;

/**
 * Marsland's two-layer perceptron ({@code mlp.py}, ch. 4), kept exactly as in the book so its test vectors hold.
 *
 * <p>Notation: X_b = [X, -1] (bias input -1 as the last column); W1 is (m+1) x H, W2 is (H+1) x K.
 * Hidden h = 1 / (1 + exp(-beta X_b W1)), h_b = [h, -1], a = h_b W2, output y = a (linear),
 * 1 / (1 + exp(-beta a)) (logistic) or the row-wise softmax of a.
 * Error E = 1/2 sum (y - t)^2. Output deltas: linear (y - t)/N; logistic beta (y - t) y (1 - y) (no 1/N, as in
 * the book); softmax (y - t) (y - y^2)/N. Hidden delta_h = beta h (1 - h) (delta_o W2^T) (bias column dropped).
 * Updates with momentum m: dW1 = eta X_b^T delta_h + m dW1; dW2 = eta h_b^T delta_o + m dW2; W1 -= dW1;
 * W2 -= dW2. The momentum terms dW are reset to 0 at the start of every {@link #train} call.
 */
public interface MarslandMlp {

    /** A copy of W1, (m+1) x H, last row = bias weights. */
    double[][] weights1();

    /** A copy of W2, (H+1) x K, last row = bias weights. */
    double[][] weights2();

    /** Replaces both weight matrices by copies of the arguments (not modified). */
    void setWeights(double[][] w1, double[][] w2);

    /** Forward pass y for N x m inputs; returns a new N x K array. */
    double[][] forward(double[][] x);

    /** E = 1/2 sum (y - t)^2 of the current weights on (x, t). */
    double error(double[][] x, double[][] t);

    /**
     * Full-batch training, {@code iterations} times: forward, record E, back-propagate and update with momentum.
     * Modifies W1 and W2.
     *
     * @return E before each update (element 0 is the error of the initial weights)
     */
    double[] train(double[][] x, double[][] t, double eta, int iterations);

    /**
     * Marsland's early stopping: {@link #train} in blocks of {@code iterationsPerBlock} while the validation
     * error 1/2 sum (t - y)^2 keeps improving (see {@link EarlyStopping}). Modifies W1 and W2.
     *
     * @return the last validation error
     */
    double earlyStopping(double[][] x, double[][] t, double[][] validX, double[][] validT, double eta,
                         int iterationsPerBlock);

    /**
     * Confusion matrix C[predicted][actual]: one output -&gt; threshold 0.5 on y and t; several -&gt; argmax.
     */
    int[][] confusionMatrix(double[][] x, double[][] t);
}
