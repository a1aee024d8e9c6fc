package dlecon.solution.e7;

import dlecon.api.e3.Network;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GaussHermite;

/**
 * The loss of the stochastic Brock-Mirman DEQN, L = (1/N) sum_i r_i^2, and its gradient with respect to the
 * network's parameters. The network maps N x 2 states (z, log K) to N x 1 savings rates.
 */
final class StochasticDeqnLoss {

    private StochasticDeqnLoss() {
    }

    /**
     * r_i = beta sum_j w_j T_ij - 1 with T_ij = C_i G_ij / C'_ij, G_ij = alpha Y'_ij / K'_i + 1 - delta (see
     * {@link dlecon.api.e7.GrowthModels#stochasticLoss}). Derivatives, with q = log K'_i:
     * dT/ds'_ij = T_ij Y'_ij / C'_ij; dT/dq (direct) = (C_i / C'_ij) ((alpha - 1)(G_ij - 1 + delta) - alpha G_ij);
     * dr/dC_i = beta sum_j w_j G_ij / C'_ij; dC_i/ds_i = -Y_i and dq/ds_i = Y_i / K'_i.
     * Overwrites the parameters' gradients; the network's caches are those of the current states afterwards.
     *
     * @return L
     */
    static double lossAndGradients(Network net, BrockMirman m, GaussHermite rule, double[] z, double[] logK) {
        throw new UnsupportedOperationException("TODO E7 stochastic DEQN loss mean r^2 and its gradient through s(z, log K) and s(z', log K')");
    }

    /** The states as N x 2 rows (z_i, log K_i). */
    static double[][] states(double[] z, double[] logK) {
        double[][] out = new double[z.length][2];
        for (int i = 0; i < z.length; i++) {
            out[i][0] = z[i];
            out[i][1] = logK[i];
        }
        return out;
    }
}
