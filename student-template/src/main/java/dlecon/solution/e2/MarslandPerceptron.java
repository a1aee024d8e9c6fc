package dlecon.solution.e2;

import dlecon.api.e2.Perceptron;
import dlecon.api.linalg.Matrices;
import java.util.random.RandomGenerator;

/**
 * Marsland's perceptron ({@code pcn.py}, ch. 3) with m inputs and n output neurons.
 *
 * <p>X is N x m (one input per row), X_b = [X, -1] appends the bias input -1, W is (m+1) x n with the bias weights in
 * its last row. Recall: y_ij = 1 if (X_b W)_ij &gt; 0 else 0 (strict). Training, one full batch per iteration:
 * W &lt;- W - eta X_b^T (y - T). Only {@link #setWeights}, {@link #initialise}, {@link #trainStep} and {@link #train}
 * modify W; no method modifies its array arguments. Every array argument must have the documented shape, at least
 * one row and finite entries, else {@link IllegalArgumentException} (a NaN input would otherwise be recalled as 0
 * without notice).
 */
final class MarslandPerceptron implements Perceptron {

    private final int inputs;
    private final int outputs;

    /**
     * A perceptron whose weights are all 0.
     *
     * @throws IllegalArgumentException if inputs or outputs is below 1
     */
    MarslandPerceptron(int inputs, int outputs) {
        throw new UnsupportedOperationException("TODO E2 check the sizes (>= 1) and create W = 0 of shape (inputs + 1) x outputs");
    }

    @Override
    public int inputs() {
        return inputs;
    }

    @Override
    public int outputs() {
        return outputs;
    }

    @Override
    public double[][] weights() {
        throw new UnsupportedOperationException("TODO E2 return a copy of W");
    }

    @Override
    public void setWeights(double[][] w) {
        throw new UnsupportedOperationException("TODO E2 check the shape (m+1) x n and copy w into W");
    }

    /** W_ij = 0.1 u - 0.05 with u = rng.nextDouble(), row by row (Marsland's {@code rand()*0.1-0.05}). */
    @Override
    public void initialise(RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO E2 draw every weight uniformly from [-0.05, 0.05), row by row");
    }

    @Override
    public double[][] recall(double[][] x) {
        throw new UnsupportedOperationException("TODO E2 recall y = 1 if X_b W > 0 else 0");
    }

    @Override
    public void trainStep(double[][] x, double[][] t, double eta) {
        throw new UnsupportedOperationException("TODO E2 one full-batch update W -= eta X_b^T (y - T)");
    }

    @Override
    public double[][][] train(double[][] x, double[][] t, double eta, int iterations) {
        throw new UnsupportedOperationException("TODO E2 repeat trainStep and record a copy of W after each step");
    }

    @Override
    public int[][] confusionMatrix(double[][] x, double[][] t) {
        throw new UnsupportedOperationException("TODO E2 confusion matrix C[predicted][actual]: threshold for one output, argmax for several");
    }

    @Override
    public double accuracy(double[][] x, double[][] t) {
        throw new UnsupportedOperationException("TODO E2 accuracy = trace(C) / sum(C)");
    }

}
