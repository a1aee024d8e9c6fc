package dlecon.api.nn;

import java.util.List;

/**
 * A parameter-free layer whose output has the shape of its input (activation, output-function and dropout
 * layers): it accepts any width and has no parameters.
 */
public interface ShapePreservingLayer extends Layer {

    /** Any width: -1. */
    @Override
    default int inputSize() {
        return -1;
    }

    /** Same as the input: -1. */
    @Override
    default int outputSize() {
        return -1;
    }

    /** No parameters. */
    @Override
    default List<Parameter> parameters() {
        return List.of();
    }
}
