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
        // BEGIN SOLUTION: E7 Gauss-Hermite nodes (roots of H_n) and weights, scaled to N(0, 1)
        if (n < 1 || n > MAX_NODES) {
            throw new IllegalArgumentException("number of nodes must be in [1, " + MAX_NODES + "], got " + n);
        }
        double[] x = new double[n];
        double[] w = new double[n];
        double pim4 = Math.pow(Math.PI, -0.25);
        int half = (n + 1) / 2;
        double z = 0;
        for (int i = 0; i < half; i++) {
            z = initialGuess(i, n, z, x);
            double derivative = 0;
            boolean converged = false;
            for (int it = 0; it < 100 && !converged; it++) {
                double p1 = pim4;
                double p2 = 0;
                for (int j = 1; j <= n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = z * Math.sqrt(2.0 / j) * p2 - Math.sqrt((j - 1.0) / j) * p3;
                }
                derivative = Math.sqrt(2.0 * n) * p2;
                double dz = p1 / derivative;
                z -= dz;
                converged = Math.abs(dz) <= 1e-15 * Math.max(1, Math.abs(z));
            }
            if (!converged) {
                throw new IllegalStateException("Newton's method did not converge for node " + i + " of " + n);
            }
            if (2 * i + 1 == n) {
                z = 0; // the middle root of an odd-degree polynomial is exactly 0
            }
            x[i] = z;
            x[n - 1 - i] = 0.0 - z; // +0.0 rather than -0.0 for the middle node
            w[i] = 2 / (derivative * derivative);
            w[n - 1 - i] = w[i];
        }
        double[] nodes = new double[n];
        double[] weights = new double[n];
        double sqrtPi = Math.sqrt(Math.PI);
        for (int i = 0; i < n; i++) {
            nodes[i] = Math.sqrt(2) * x[n - 1 - i];
            weights[i] = w[n - 1 - i] / sqrtPi;
        }
        return new GaussHermite(nodes, weights);
        // END SOLUTION
    }

    // BEGIN REMOVE
    /** Numerical Recipes' starting value for the i-th largest root (0-based), given the roots found so far. */
    private static double initialGuess(int i, int n, double previous, double[] x) {
        switch (i) {
            case 0:
                return Math.sqrt(2.0 * n + 1) - 1.85575 * Math.pow(2.0 * n + 1, -1.0 / 6);
            case 1:
                return previous - 1.14 * Math.pow(n, 0.426) / previous;
            case 2:
                return 1.86 * previous - 0.86 * x[0];
            case 3:
                return 1.91 * previous - 0.91 * x[1];
            default:
                return 2 * previous - x[i - 2];
        }
    }
    // END REMOVE
}
