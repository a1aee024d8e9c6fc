package dlecon.api.e7;

import java.util.function.DoubleUnaryOperator;

/**
 * An n-node Gauss-Hermite rule for expectations over a standard normal eps ~ N(0, 1):
 * E[f(eps)] ~ sum_i weights[i] f(nodes[i]), with nodes[i] = sqrt(2) x_i and weights[i] = w_i / sqrt(pi), where
 * (x_i, w_i) is the physicists' rule for the weight exp(-x^2). Exact for polynomials of degree &lt;= 2n - 1.
 * Nodes are in increasing order; the weights sum to 1.
 *
 * @param nodes   the n nodes (the array is copied)
 * @param weights the n weights (the array is copied)
 */
public record GaussHermite(double[] nodes, double[] weights) {

    public GaussHermite {
        if (nodes == null || weights == null || nodes.length == 0 || nodes.length != weights.length) {
            throw new IllegalArgumentException("nodes and weights must be non-empty and of equal length");
        }
        nodes = nodes.clone();
        weights = weights.clone();
    }

    /** Number of nodes n. */
    public int size() {
        return nodes.length;
    }

    /** A copy of the nodes. */
    @Override
    public double[] nodes() {
        return nodes.clone();
    }

    /** A copy of the weights. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** sum_i weights[i] f(nodes[i]), the rule's approximation of E[f(eps)], eps ~ N(0, 1). */
    public double expectation(DoubleUnaryOperator f) {
        double sum = 0;
        for (int i = 0; i < nodes.length; i++) {
            sum += weights[i] * f.applyAsDouble(nodes[i]);
        }
        return sum;
    }
}
