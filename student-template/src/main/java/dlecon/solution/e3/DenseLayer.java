package dlecon.solution.e3;

import dlecon.api.linalg.Matrices;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.List;

/**
 * A dense (affine) layer Y = X W + b: X is N x n_in, W is n_in x n_out, b is 1 x n_out (added to every row),
 * Y is N x n_out. Parameters, in this order: W (named {@code dense(n_inxn_out).W}) and b ({@code ....b}).
 * Backward: dE/dW += X^T dE/dY, dE/db += column sums of dE/dY, dE/dX = dE/dY W^T (with W as it was in the
 * forward pass).
 *
 * <p>The layer keeps a reference to the input of the last forward pass (not a copy) until the next one; callers
 * must not modify that array before calling {@link #backward}.
 */
final class DenseLayer implements Layer {

    private final String name;
    private final int nIn;
    private final int nOut;
    private final ArrayParameter weights;
    private final ArrayParameter bias;
    private final List<Parameter> parameters;

    /**
     * @param nIn            number of inputs n_in &gt;= 1
     * @param nOut           number of outputs n_out &gt;= 1
     * @param initialWeights n_in x n_out initial W (copied); b starts at 0
     */
    DenseLayer(int nIn, int nOut, double[][] initialWeights) {
        if (nIn < 1 || nOut < 1) {
            throw new IllegalArgumentException("a dense layer needs n_in >= 1 and n_out >= 1, got " + nIn + " x "
                    + nOut);
        }
        Matrices.requireShape("initial weights", initialWeights, nIn, nOut);
        this.nIn = nIn;
        this.nOut = nOut;
        this.name = "dense(" + nIn + "x" + nOut + ")";
        double[] w = new double[nIn * nOut];
        for (int k = 0; k < nIn; k++) {
            System.arraycopy(initialWeights[k], 0, w, k * nOut, nOut);
        }
        this.weights = new ArrayParameter(name + ".W", nIn, nOut, w, new double[nIn * nOut]);
        this.bias = ArrayParameter.zeros(name + ".b", 1, nOut);
        this.parameters = List.of(weights, bias);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inputSize() {
        return nIn;
    }

    @Override
    public int outputSize() {
        return nOut;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    /** Y = X W + b; keeps a reference to X for {@link #backward}. */
    @Override
    public double[][] forward(double[][] x, boolean training) {
        Shapes.requireBatch("input of " + name, x, nIn);
        throw new UnsupportedOperationException("TODO E3 dense layer forward pass Y = X W + b");
    }

    /** Adds X^T dE/dY to dE/dW and the column sums of dE/dY to dE/db; returns dE/dX = dE/dY W^T. */
    @Override
    public double[][] backward(double[][] gradOutput) {
        throw new UnsupportedOperationException("TODO E3 dense layer backward pass: dW += X^T G, db += column sums of G, return G W^T");
    }

}
