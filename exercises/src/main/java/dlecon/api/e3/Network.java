package dlecon.api.e3;

import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.List;

/**
 * A feed-forward network: a sequence of layers applied in order (it is itself a {@link Layer}).
 * Its parameters are the concatenation of its layers' parameters, in layer order.
 */
public interface Network extends Layer {

    /** The layers in order (the live objects). */
    List<Layer> layers();

    /** Inference: {@code forward(x, false)}. */
    default double[][] predict(double[][] x) {
        return forward(x, false);
    }

    /**
     * One gradient evaluation: clears every parameter's gradient, runs forward(x, training), evaluates
     * E = loss(y, t) and back-propagates dE/dy, so that afterwards each parameter holds dE/d(theta).
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
