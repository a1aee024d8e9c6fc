package dlecon.api.nn;

import java.util.Arrays;

/**
 * A trainable tensor (a weight matrix or a bias vector) together with the gradient of the loss accumulated for it.
 *
 * <p>Both arrays are <em>live, row-major views</em>: element (i, j) of a {@code rows() x cols()} parameter is
 * {@code values()[i * cols() + j]}. Optimizers update {@link #values()} in place; backward passes <em>add</em>
 * dE/d(theta) into {@link #gradients()}; {@link #zeroGradients()} clears it. This is what lets one gradient check
 * and one optimizer work on any network.
 */
public interface Parameter {

    /** A short name such as {@code "dense0.W"}, used in grader messages. */
    String name();

    /** Number of rows (for a dense layer's W: n_in; for a bias: 1). */
    int rows();

    /** Number of columns (for a dense layer's W: n_out; for a bias: n_out). */
    int cols();

    /** The live values theta, length {@code rows() * cols()}; callers may modify them in place. */
    double[] values();

    /** The live accumulated gradient dE/d(theta), same length and layout as {@link #values()}. */
    double[] gradients();

    /** Sets every entry of {@link #gradients()} to 0. Modifies the gradients only. */
    default void zeroGradients() {
        Arrays.fill(gradients(), 0.0);
    }

    /** Number of scalar entries, {@code rows() * cols()}. */
    default int size() {
        return rows() * cols();
    }
}
