package dlecon.solution.e7;

import dlecon.api.e3.Network;
import dlecon.api.e7.Neoclassical;

/**
 * The Euler-residual loss of the neoclassical model, L = (1/N) sum_i R_i^2, and its gradient with respect to the
 * parameters of a network k -&gt; phi(k) (N x 1 to N x 1).
 */
final class NeoclassicalLoss {

    private NeoclassicalLoss() {
    }

    /**
     * R_i = beta M_i G'_i - 1 with M = (c'/c)^(-gamma), G' = 1 - delta + theta k'^(theta-1). Derivatives:
     * dR/dphi' = beta G' gamma M y'/c'; dR/dk' (direct) = beta (-gamma M (1 - phi') theta y' / (k' c') G'
     * + M theta (theta - 1) k'^(theta-2)); dR/dc = beta G' gamma M / c; dc/dphi = -y, dk'/dphi = y.
     * Overwrites the parameters' gradients.
     *
     * @return L
     */
    static double lossAndGradients(Network net, Neoclassical m, double[] k) {
        throw new UnsupportedOperationException("TODO E7 neoclassical loss mean R^2 and its gradient through phi(k) and phi(k')");
    }
}
