package dlecon.api.nn;

import java.util.List;

/**
 * One differentiable stage of a network, mapping a batch of N row vectors to a batch of N row vectors.
 *
 * <p>Shapes: {@code input} is N x {@link #inputSize()}, the output N x {@link #outputSize()} (a size of -1 means
 * "any width, same as the input", as for activation and dropout layers).
 *
 * <p>Contract: {@link #backward} refers to the most recent {@link #forward} call; it <em>adds</em>
 * dE/d(theta) into the gradients of {@link #parameters()} and returns dE/dX. Neither method modifies its
 * argument arrays. The training flag is explicit: there is no hidden network-wide mode.
 */
public interface Layer {

    /** Name used in messages, e.g. {@code "dense1"} or {@code "dropout(0.5)"}. */
    String name();

    /** Width of the input rows, or -1 if the layer accepts any width. */
    int inputSize();

    /** Width of the output rows, or -1 if it equals the input width. */
    int outputSize();

    /**
     * Forward pass Y = f(X).
     *
     * @param input    N x n_in batch, not modified (a layer may keep a reference to it for its backward pass, so
     *                 callers do not change it before that)
     * @param training true while training (dropout drops), false at inference (dropout is the identity)
     * @return a new N x n_out array
     * @throws IllegalArgumentException if input is null or not rectangular, or its rows do not have
     *                                  {@link #inputSize()} entries (when that is not -1); E3's layers also refuse
     *                                  N = 0
     */
    double[][] forward(double[][] input, boolean training);

    /**
     * Backward pass of the last forward call: given dE/dY, accumulates dE/d(theta) into the parameters'
     * gradients and returns dE/dX.
     *
     * @param gradOutput N x n_out array dE/dY, not modified
     * @return a new N x n_in array dE/dX
     * @throws IllegalStateException    if no forward pass preceded it
     * @throws IllegalArgumentException if gradOutput does not have the shape of the last forward pass's output
     */
    double[][] backward(double[][] gradOutput);

    /** The trainable parameters (live objects, in a stable order); empty for parameter-free layers. */
    List<Parameter> parameters();
}
