package dlecon.solution.e3;

import dlecon.api.e3.Activation;
import dlecon.api.linalg.Matrices;
import dlecon.api.nn.ShapePreservingLayer;
import java.util.Objects;

/**
 * Element-wise activation Y = g(X) of any width; backward dE/dX = g'(X) * dE/dY (element-wise). No parameters.
 * Keeps a reference to the last input X (not a copy) for the backward pass, and for activations whose derivative
 * is a function of the value ({@link DerivativeFromValue}) a private copy of Y, so g is not evaluated twice.
 */
final class ActivationLayer implements ShapePreservingLayer {

    private final String name;
    private final Activation g;

    // BEGIN REMOVE
    private double[][] input;
    private double[][] output;
    // END REMOVE

    /**
     * @param name       layer name, e.g. {@code "relu"}
     * @param activation the function g and its derivative
     */
    ActivationLayer(String name, Activation activation) {
        this.name = Objects.requireNonNull(name, "name");
        this.g = Objects.requireNonNull(activation, "activation");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[][] forward(double[][] x, boolean training) {
        int width = Shapes.requireBatch("input of " + name, x);
        // BEGIN SOLUTION: E3 activation layer forward Y = g(X)
        input = x;
        double[][] y = new double[x.length][width];
        for (int r = 0; r < x.length; r++) {
            double[] xr = x[r];
            double[] yr = y[r];
            for (int j = 0; j < width; j++) {
                yr[j] = g.value(xr[j]);
            }
        }
        output = g instanceof DerivativeFromValue ? Matrices.copy(y) : null;
        return y;
        // END SOLUTION
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        // BEGIN SOLUTION: E3 activation layer backward dE/dX = g'(X) * dE/dY
        if (input == null) {
            throw new IllegalStateException(name + ": backward called before forward");
        }
        int width = input[0].length;
        Matrices.requireShape("gradient of the output of " + name, gradOutput, input.length, width);
        double[][] dx = new double[input.length][width];
        for (int r = 0; r < input.length; r++) {
            double[] gr = gradOutput[r];
            double[] dr = dx[r];
            if (output != null) {
                DerivativeFromValue fromValue = (DerivativeFromValue) g;
                double[] yr = output[r];
                for (int j = 0; j < width; j++) {
                    dr[j] = fromValue.derivativeFromValue(yr[j]) * gr[j];
                }
            } else {
                double[] xr = input[r];
                for (int j = 0; j < width; j++) {
                    dr[j] = g.derivative(xr[j]) * gr[j];
                }
            }
        }
        return dx;
        // END SOLUTION
    }
}
