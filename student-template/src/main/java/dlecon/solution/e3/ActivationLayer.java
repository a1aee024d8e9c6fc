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
        throw new UnsupportedOperationException("TODO E3 activation layer forward Y = g(X)");
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        throw new UnsupportedOperationException("TODO E3 activation layer backward dE/dX = g'(X) * dE/dY");
    }
}
