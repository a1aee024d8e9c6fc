package dlecon.api.nn;

import java.util.Objects;

/**
 * The plain {@link Parameter}: two arrays of equal length. Implementations may use it or their own class.
 *
 * @param name      short name used in messages
 * @param rows      number of rows
 * @param cols      number of columns
 * @param values    live values, row-major, length rows * cols (not copied)
 * @param gradients live accumulated gradients, same layout (not copied)
 */
public record ArrayParameter(String name, int rows, int cols, double[] values, double[] gradients)
        implements Parameter {

    public ArrayParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(gradients, "gradients");
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("shape must be positive, got " + rows + " x " + cols);
        }
        if (values.length != rows * cols || gradients.length != rows * cols) {
            throw new IllegalArgumentException("parameter " + name + ": expected " + rows * cols
                    + " entries, got values " + values.length + " and gradients " + gradients.length);
        }
    }

    /** A zero-initialised parameter of the given shape. */
    public static ArrayParameter zeros(String name, int rows, int cols) {
        return new ArrayParameter(name, rows, cols, new double[rows * cols], new double[rows * cols]);
    }

    /** A parameter holding (not copying) the given values, with a zero gradient. */
    public static ArrayParameter of(String name, double... values) {
        return new ArrayParameter(name, 1, values.length, values, new double[values.length]);
    }
}
