package dlecon.solution.e7;

import dlecon.api.e3.Network;
import dlecon.api.e7.BrockMirman;

/**
 * The loss of the deterministic Brock-Mirman DEQN and its gradient with respect to the network's parameters.
 * The network maps a column of capitals (N x 1) to a column of savings rates (N x 1).
 */
final class DeqnLoss {

    private DeqnLoss() {
    }

    /**
     * L = (1/N) sum_i errREE_i^2 with errREE_i = 1 - C'_i / D_i, D_i = beta C_i (R'_i + 1 - delta), where
     * s_i = net(K_i), C_i = (1 - s_i) K_i^alpha, K'_i = (1 - delta) K_i + s_i K_i^alpha, s'_i = net(K'_i),
     * C'_i = (1 - s'_i) K'_i^alpha and R'_i = alpha K'_i^(alpha-1). Overwrites the parameters' gradients with
     * dL/dtheta:
     * a forward pass at K' and a backward pass with dL/ds' give the parameters' share through s' and dL/dK' (the
     * network's dE/dX); then a forward pass at K and a backward pass with
     * dL/ds = dL/dK' Y + dL/dC (-Y), which includes the path s -&gt; K' -&gt; s'.
     *
     * @param net   the policy network (its parameters' gradients are overwritten, its caches changed)
     * @param m     the calibration
     * @param k     the N capitals, not modified
     * @return L
     */
    static double lossAndGradients(Network net, BrockMirman m, double[] k) {
        throw new UnsupportedOperationException("TODO E7 DEQN loss mean errREE^2 and its gradient through s(K) and s(K')");
    }

    /** The values as an N x 1 column. */
    static double[][] column(double[] v) {
        double[][] out = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            out[i][0] = v[i];
        }
        return out;
    }
}
