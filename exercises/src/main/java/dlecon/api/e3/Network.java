package dlecon.api.e3;

import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.List;

/**
 * A feed-forward network: a sequence of layers applied in order (it is itself a {@link Layer}), any
 * {@link Layer} implementation included. Its parameters are the concatenation of its layers' parameters, in layer
 * order. {@link #inputSize()} is the first declared input size (-1 if no layer declares one) and
 * {@link #outputSize()} the width the declared sizes produce at the end (-1 if none is declared).
 *
 * <p>{@link #forward} passes x through the layers in order with the same training flag; {@link #backward} passes
 * dE/dy through the layers' backward passes in reverse order and returns dE/dx.
 */
public interface Network extends Layer {

    /** The layers in order (the live objects). */
    List<Layer> layers();

    /** Inference: {@code forward(x, false)}. */
    default double[][] predict(double[][] x) {
        return forward(x, false);
    }

    /**
     * One gradient evaluation: clears every parameter's gradient, runs y = forward(x, training), evaluates
     * E = loss.value(y, t) and back-propagates loss.gradient(y, t), so that afterwards each parameter holds exactly
     * dE/d(theta) (of this call alone). Works for any layers, with or without parameters.
     *
     * <p>An implementation may skip work whose result nobody reads (dE/dx of the first layers) and may fuse an output
     * layer with its loss (softmax with softmax cross-entropy: dE/da = (y sum_k t_k - t)/N, which is (y - t)/N for the
     * loss's targets, rows summing to 1; logistic with binary cross-entropy: dE/da = (y - t)/(N K)). Those give the
     * same gradients up to rounding wherever the loss does not clamp y; where it does (y within
     * {@link LossKind#PROBABILITY_FLOOR} of 0 or 1) the gradient is unspecified.
     *
     * @param x        N x n_in inputs, not modified
     * @param t        N x n_out targets, not modified
     * @param loss     the loss
     * @param training passed to every layer's forward pass
     * @return E
     */
    double lossAndGradients(double[][] x, double[][] t, Loss loss, boolean training);

    /** Clears the gradients of every parameter. */
    default void zeroGradients() {
        for (Parameter p : parameters()) {
            p.zeroGradients();
        }
    }
}
