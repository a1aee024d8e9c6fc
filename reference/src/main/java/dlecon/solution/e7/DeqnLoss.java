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
        // BEGIN SOLUTION: E7 DEQN loss mean errREE^2 and its gradient through s(K) and s(K')
        if (net == null || m == null || k == null || k.length == 0) {
            throw new IllegalArgumentException("policy, model and a non-empty capital array are required");
        }
        int n = k.length;
        double a = m.alpha();
        double beta = m.beta();
        double keep = 1 - m.delta();
        net.zeroGradients();
        double[][] x = column(k);
        double[][] s = net.forward(x, true);
        double[] y = new double[n];
        double[] c = new double[n];
        double[] kNext = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.pow(k[i], a);
            c[i] = (1 - s[i][0]) * y[i];
            kNext[i] = keep * k[i] + s[i][0] * y[i];
        }
        double[][] sNext = net.forward(column(kNext), true);
        double loss = 0;
        double[] dLde = new double[n];
        double[] dLdKnextDirect = new double[n];
        double[] dLdC = new double[n];
        double[][] gradSNext = new double[n][1];
        for (int i = 0; i < n; i++) {
            double yNext = Math.pow(kNext[i], a);
            double cNext = (1 - sNext[i][0]) * yNext;
            double rNext = a * yNext / kNext[i];
            double gross = rNext + keep;
            double d = beta * c[i] * gross;
            double e = 1 - cNext / d;
            loss += e * e;
            dLde[i] = 2 * e / n;
            double dedCNext = -1 / d;
            double dedD = cNext / (d * d);
            gradSNext[i][0] = dLde[i] * dedCNext * (-yNext);
            double dCNextdKNext = (1 - sNext[i][0]) * a * yNext / kNext[i];
            double dDdKNext = beta * c[i] * (a - 1) * rNext / kNext[i];
            dLdKnextDirect[i] = dLde[i] * (dedCNext * dCNextdKNext + dedD * dDdKNext);
            dLdC[i] = dLde[i] * dedD * beta * gross;
        }
        double[][] dKNextThroughNet = net.backward(gradSNext);
        double[][] gradS = new double[n][1];
        for (int i = 0; i < n; i++) {
            double dLdKNext = dKNextThroughNet[i][0] + dLdKnextDirect[i];
            gradS[i][0] = dLdKNext * y[i] - dLdC[i] * y[i];
        }
        net.forward(x, true);
        net.backward(gradS);
        return loss / n;
        // END SOLUTION
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
