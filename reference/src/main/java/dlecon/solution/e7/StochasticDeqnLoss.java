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
        // BEGIN SOLUTION: E7 stochastic DEQN loss mean r^2 and its gradient through s(z, log K) and s(z', log K')
        if (net == null || m == null || rule == null || z == null || logK == null) {
            throw new IllegalArgumentException("policy, model, rule, z and logK must not be null");
        }
        if (z.length == 0 || z.length != logK.length) {
            throw new IllegalArgumentException("z and logK must be non-empty and of equal length, got "
                    + z.length + " and " + logK.length);
        }
        int n = z.length;
        int q = rule.size();
        double a = m.alpha();
        double keep = 1 - m.delta();
        double[] eps = rule.nodes();
        double[] w = rule.weights();
        net.zeroGradients();
        double[][] x = states(z, logK);
        double[][] s = net.forward(x, true);
        double[] y = new double[n];
        double[] c = new double[n];
        double[] kNext = new double[n];
        double[][] xNext = new double[n * q][2];
        for (int i = 0; i < n; i++) {
            y[i] = Math.exp(z[i] + a * logK[i]);
            c[i] = (1 - s[i][0]) * y[i];
            kNext[i] = keep * Math.exp(logK[i]) + s[i][0] * y[i];
            for (int j = 0; j < q; j++) {
                xNext[i * q + j][0] = m.rho() * z[i] + m.sigma() * eps[j];
                xNext[i * q + j][1] = Math.log(kNext[i]);
            }
        }
        double[][] sNext = net.forward(xNext, true);
        double loss = 0;
        double[][] gradSNext = new double[n * q][1];
        double[] dLdQDirect = new double[n];
        double[] dLdC = new double[n];
        for (int i = 0; i < n; i++) {
            double[] t = new double[q];
            double[] g = new double[q];
            double[] yN = new double[q];
            double[] cN = new double[q];
            double r = -1;
            for (int j = 0; j < q; j++) {
                int row = i * q + j;
                yN[j] = Math.exp(xNext[row][0] + a * xNext[row][1]);
                cN[j] = (1 - sNext[row][0]) * yN[j];
                g[j] = a * yN[j] / kNext[i] + keep;
                t[j] = c[i] * g[j] / cN[j];
                r += m.beta() * w[j] * t[j];
            }
            loss += r * r;
            double dLdr = 2 * r / n;
            double dQ = 0;
            double dC = 0;
            for (int j = 0; j < q; j++) {
                double bw = dLdr * m.beta() * w[j];
                gradSNext[i * q + j][0] = bw * t[j] * yN[j] / cN[j];
                dQ += bw * (c[i] / cN[j]) * ((a - 1) * (g[j] - keep) - a * g[j]);
                dC += bw * g[j] / cN[j];
            }
            dLdQDirect[i] = dQ;
            dLdC[i] = dC;
        }
        double[][] dXNext = net.backward(gradSNext);
        double[][] gradS = new double[n][1];
        for (int i = 0; i < n; i++) {
            double dLdQ = dLdQDirect[i];
            for (int j = 0; j < q; j++) {
                dLdQ += dXNext[i * q + j][1];
            }
            gradS[i][0] = -dLdC[i] * y[i] + dLdQ * y[i] / kNext[i];
        }
        net.forward(x, true);
        net.backward(gradS);
        return loss / n;
        // END SOLUTION
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
