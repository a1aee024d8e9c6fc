package dlecon.solution.e7;

import dlecon.api.e7.GaussHermite;

/**
 * Gauss-Hermite nodes by Newton's method on the orthonormal Hermite recurrence (Press et al., Numerical Recipes,
 * gauher): with p_0 = pi^(-1/4), p_j(x) = x sqrt(2/j) p_{j-1}(x) - sqrt((j-1)/j) p_{j-2}(x), the nodes are the roots
 * of p_n, p_n'(x) = sqrt(2n) p_{n-1}(x), and the physicists' weights are w = 2 / p_n'(x)^2.
 */
final class GaussHermiteRule {

    /** Largest supported number of nodes. */
    static final int MAX_NODES = 100;

    private GaussHermiteRule() {
    }

    /** The n-node rule for E[f(eps)], eps ~ N(0, 1): nodes sqrt(2) x_i, weights w_i / sqrt(pi), increasing. */
    static GaussHermite create(int n) {
        throw new UnsupportedOperationException("TODO E7 Gauss-Hermite nodes (roots of H_n) and weights, scaled to N(0, 1)");
    }

}
