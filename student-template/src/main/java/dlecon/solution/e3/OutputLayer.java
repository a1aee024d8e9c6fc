package dlecon.solution.e3;

import dlecon.api.e3.OutputKind;
import dlecon.api.linalg.Matrices;
import dlecon.api.nn.ShapePreservingLayer;
import java.util.Locale;
import java.util.Objects;

/**
 * A row-wise output function y = f(a) of any width (see {@link OutputKind}): identity, logistic
 * 1 / (1 + e^-a_k), or softmax exp(a_k - max_j a_j) / sum_j exp(a_j - max_j a_j). Backward passes apply the full
 * Jacobian: identity dE/da = dE/dy; logistic dE/da_k = y_k (1 - y_k) dE/dy_k; softmax
 * dE/da_k = y_k (dE/dy_k - sum_j y_j dE/dy_j). No parameters; keeps its last output for the backward pass.
 */
final class OutputLayer implements ShapePreservingLayer {

    private final OutputKind kind;


    /** @param kind the output function */
    OutputLayer(OutputKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The output function. */
    OutputKind kind() {
        return kind;
    }

    @Override
    public String name() {
        return kind.name().toLowerCase(Locale.ROOT) + " output";
    }

    @Override
    public double[][] forward(double[][] a, boolean training) {
        int width = Shapes.requireBatch("input of " + name(), a);
        throw new UnsupportedOperationException("TODO E3 output functions: identity, logistic, softmax with the row maximum subtracted");
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        throw new UnsupportedOperationException("TODO E3 output backward with the full Jacobian (softmax: y_k (g_k - sum_j y_j g_j))");
    }

}
