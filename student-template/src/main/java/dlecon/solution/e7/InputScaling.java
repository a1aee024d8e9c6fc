package dlecon.solution.e7;

import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.List;

/**
 * A fixed (untrained) standardisation layer x_j -&gt; (x_j - center_j) / scale_j, the first layer of the growth
 * networks so that states of very different magnitudes (z ~ 0.1, log K ~ -1.6, k ~ 3) enter the dense layers on
 * a common O(1) scale. Backward: dE/dx_j = dE/dy_j / scale_j. No parameters; N x n in, N x n out.
 */
final class InputScaling implements Layer {

    private final double[] center;
    private final double[] scale;

    /**
     * @param center the n centres, copied
     * @param scale  the n positive finite scales, copied
     */
    InputScaling(double[] center, double[] scale) {
        if (center == null || scale == null || center.length == 0 || center.length != scale.length) {
            throw new IllegalArgumentException("center and scale must be non-empty and of equal length");
        }
        for (double s : scale) {
            if (!(s > 0 && Double.isFinite(s))) {
                throw new IllegalArgumentException("scales must be positive and finite, got " + s);
            }
        }
        this.center = center.clone();
        this.scale = scale.clone();
    }

    @Override
    public String name() {
        return "scaling";
    }

    @Override
    public int inputSize() {
        return center.length;
    }

    @Override
    public int outputSize() {
        return center.length;
    }

    @Override
    public double[][] forward(double[][] input, boolean training) {
        double[][] out = new double[input.length][];
        for (int i = 0; i < input.length; i++) {
            requireWidth(input[i]);
            out[i] = new double[center.length];
            for (int j = 0; j < center.length; j++) {
                out[i][j] = (input[i][j] - center[j]) / scale[j];
            }
        }
        return out;
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        double[][] out = new double[gradOutput.length][];
        for (int i = 0; i < gradOutput.length; i++) {
            requireWidth(gradOutput[i]);
            out[i] = new double[center.length];
            for (int j = 0; j < center.length; j++) {
                out[i][j] = gradOutput[i][j] / scale[j];
            }
        }
        return out;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    private void requireWidth(double[] row) {
        if (row.length != center.length) {
            throw new IllegalArgumentException("expected rows of width " + center.length + ", got " + row.length);
        }
    }
}
