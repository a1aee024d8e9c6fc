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
    // BEGIN REMOVE
    /** W, (m+1) x n, last row = bias weights. */
    private final double[][] w;
    // END REMOVE

    /**
     * A perceptron whose weights are all 0.
     *
     * @throws IllegalArgumentException if inputs or outputs is below 1
     */
    MarslandPerceptron(int inputs, int outputs) {
        // BEGIN SOLUTION: E2 check the sizes (>= 1) and create W = 0 of shape (inputs + 1) x outputs
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a perceptron needs at least 1 input and 1 output, got " + inputs
                    + " inputs and " + outputs + " outputs");
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.w = new double[inputs + 1][outputs];
        // END SOLUTION
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
        // BEGIN SOLUTION: E2 return a copy of W
        return Matrices.copy(w);
        // END SOLUTION
    }

    @Override
    public void setWeights(double[][] w) {
        // BEGIN SOLUTION: E2 check the shape (m+1) x n and copy w into W
        Matrices.requireShape("W", w, inputs + 1, outputs);
        requireFinite("W", w);
        for (int i = 0; i <= inputs; i++) {
            System.arraycopy(w[i], 0, this.w[i], 0, outputs);
        }
        // END SOLUTION
    }

    /** W_ij = 0.1 u - 0.05 with u = rng.nextDouble(), row by row (Marsland's {@code rand()*0.1-0.05}). */
    @Override
    public void initialise(RandomGenerator rng) {
        // BEGIN SOLUTION: E2 draw every weight uniformly from [-0.05, 0.05), row by row
        if (rng == null) {
            throw new IllegalArgumentException("rng is null");
        }
        for (double[] row : w) {
            for (int j = 0; j < outputs; j++) {
                row[j] = 0.1 * rng.nextDouble() - 0.05;
            }
        }
        // END SOLUTION
    }

    @Override
    public double[][] recall(double[][] x) {
        // BEGIN SOLUTION: E2 recall y = 1 if X_b W > 0 else 0
        double[][] y = activations(x);
        for (double[] row : y) {
            for (int j = 0; j < outputs; j++) {
                row[j] = row[j] > 0 ? 1.0 : 0.0;
            }
        }
        return y;
        // END SOLUTION
    }

    @Override
    public void trainStep(double[][] x, double[][] t, double eta) {
        // BEGIN SOLUTION: E2 one full-batch update W -= eta X_b^T (y - T)
        requireTargets(x, t);
        if (!(eta > 0) || !Double.isFinite(eta)) {
            throw new IllegalArgumentException("learning rate eta must be finite and > 0, got " + eta);
        }
        double[][] y = recall(x);
        double[][] xb = Matrices.appendColumn(x, -1);
        for (int i = 0; i <= inputs; i++) {
            for (int j = 0; j < outputs; j++) {
                double sum = 0;
                for (int n = 0; n < xb.length; n++) {
                    sum += xb[n][i] * (y[n][j] - t[n][j]);
                }
                w[i][j] -= eta * sum;
            }
        }
        // END SOLUTION
    }

    @Override
    public double[][][] train(double[][] x, double[][] t, double eta, int iterations) {
        // BEGIN SOLUTION: E2 repeat trainStep and record a copy of W after each step
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
        }
        double[][][] history = new double[iterations][][];
        for (int k = 0; k < iterations; k++) {
            trainStep(x, t, eta);
            history[k] = weights();
        }
        return history;
        // END SOLUTION
    }

    @Override
    public int[][] confusionMatrix(double[][] x, double[][] t) {
        // BEGIN SOLUTION: E2 confusion matrix C[predicted][actual]: threshold for one output, argmax for several
        requireTargets(x, t);
        double[][] a = activations(x);
        int classes = outputs == 1 ? 2 : outputs;
        int[][] c = new int[classes][classes];
        for (int n = 0; n < a.length; n++) {
            if (outputs == 1) {
                c[a[n][0] > 0 ? 1 : 0][t[n][0] > 0.5 ? 1 : 0]++;
            } else {
                c[argmax(a[n])][argmax(t[n])]++;
            }
        }
        return c;
        // END SOLUTION
    }

    @Override
    public double accuracy(double[][] x, double[][] t) {
        // BEGIN SOLUTION: E2 accuracy = trace(C) / sum(C)
        int[][] c = confusionMatrix(x, t);
        long trace = 0;
        long total = 0;
        for (int i = 0; i < c.length; i++) {
            trace += c[i][i];
            for (int count : c[i]) {
                total += count;
            }
        }
        return (double) trace / total;
        // END SOLUTION
    }

    // BEGIN REMOVE
    /** X_b W for X of shape N x m (checked). */
    private double[][] activations(double[][] x) {
        requireInputs(x);
        return Matrices.multiply(Matrices.appendColumn(x, -1), w);
    }

    private void requireInputs(double[][] x) {
        Matrices.requireShape("X", x, -1, inputs);
        if (x.length == 0) {
            throw new IllegalArgumentException("X has no rows");
        }
        requireFinite("X", x);
    }

    private void requireTargets(double[][] x, double[][] t) {
        requireInputs(x);
        Matrices.requireShape("T", t, x.length, outputs);
        requireFinite("T", t);
    }

    private static void requireFinite(String what, double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException(what + "[" + i + "][" + j + "] is not finite: " + a[i][j]);
                }
            }
        }
    }

    /** The index of the largest entry, the first one on ties (numpy's argmax). */
    private static int argmax(double[] v) {
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (v[j] > v[best]) {
                best = j;
            }
        }
        return best;
    }
    // END REMOVE
}
