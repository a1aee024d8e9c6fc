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
        // BEGIN SOLUTION: E7 neoclassical loss mean R^2 and its gradient through phi(k) and phi(k')
        if (net == null || m == null || k == null || k.length == 0) {
            throw new IllegalArgumentException("policy, model and a non-empty capital array are required");
        }
        int n = k.length;
        double theta = m.theta();
        double gamma = m.gamma();
        double keep = 1 - m.delta();
        net.zeroGradients();
        double[][] x = DeqnLoss.column(k);
        double[][] phi = net.forward(x, true);
        double[] y = new double[n];
        double[] c = new double[n];
        double[] kNext = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.pow(k[i], theta);
            c[i] = (1 - phi[i][0]) * y[i];
            kNext[i] = keep * k[i] + phi[i][0] * y[i];
        }
        double[][] phiNext = net.forward(DeqnLoss.column(kNext), true);
        double loss = 0;
        double[][] gradPhiNext = new double[n][1];
        double[] dLdKNextDirect = new double[n];
        double[] dLdC = new double[n];
        for (int i = 0; i < n; i++) {
            double yN = Math.pow(kNext[i], theta);
            double cN = (1 - phiNext[i][0]) * yN;
            double mu = Math.pow(cN / c[i], -gamma);
            double g = keep + theta * yN / kNext[i];
            double r = m.beta() * mu * g - 1;
            loss += r * r;
            double dLdr = 2 * r / n;
            gradPhiNext[i][0] = dLdr * m.beta() * g * gamma * mu * yN / cN;
            dLdKNextDirect[i] = dLdr * m.beta() * (-gamma * mu * (1 - phiNext[i][0]) * theta * yN / (kNext[i] * cN) * g
                    + mu * theta * (theta - 1) * yN / (kNext[i] * kNext[i]));
            dLdC[i] = dLdr * m.beta() * g * gamma * mu / c[i];
        }
        double[][] dKNext = net.backward(gradPhiNext);
        double[][] gradPhi = new double[n][1];
        for (int i = 0; i < n; i++) {
            gradPhi[i][0] = (dKNext[i][0] + dLdKNextDirect[i]) * y[i] - dLdC[i] * y[i];
        }
        net.forward(x, true);
        net.backward(gradPhi);
        return loss / n;
        // END SOLUTION
    }
}
