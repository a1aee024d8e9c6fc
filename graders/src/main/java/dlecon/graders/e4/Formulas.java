package dlecon.graders.e4;

import dlecon.api.e4.OptimizerConfig;
import java.util.function.UnaryOperator;

/**
 * The grader's own statement of the lectures' update rules (g_t the gradient at step t = 1, 2, ...), used by the hidden
 * suite as the oracle for iterates on functions other than the course's table (not part of a student repository):
 * <ul>
 *   <li>SGD: theta -= eta g; annealed SGD: eta_t = eta0 / (1 + kappa (t - 1))</li>
 *   <li>momentum: v = gamma v + eta g(theta), theta -= v; Nesterov: the same with g(theta - gamma v)</li>
 *   <li>AdaGrad: s += g^2; RMSProp: s = rho s + (1 - rho) g^2; both theta -= eta g / sqrt(s + eps)</li>
 *   <li>Adam: m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g^2, theta -= eta m_hat / (sqrt(v_hat) + eps) with
 *   m_hat = m / (1 - b1^t), v_hat = v / (1 - b2^t)</li>
 * </ul>
 */
final class Formulas {

    private Formulas() {
    }

    /** The first {@code steps} iterates of {@code config} from {@code start}; element t - 1 is theta_t. */
    static double[][] iterates(OptimizerConfig config, double[] start, UnaryOperator<double[]> gradient, int steps) {
        int n = start.length;
        double[] theta = start.clone();
        double[] a = new double[n];
        double[] b = new double[n];
        double[][] out = new double[steps][];
        for (int t = 1; t <= steps; t++) {
            if (config instanceof OptimizerConfig.Nesterov c) {
                double[] look = theta.clone();
                for (int i = 0; i < n; i++) {
                    look[i] -= c.gamma() * a[i];
                }
                double[] g = gradient.apply(look);
                for (int i = 0; i < n; i++) {
                    a[i] = c.gamma() * a[i] + c.eta() * g[i];
                    theta[i] -= a[i];
                }
            } else {
                double[] g = gradient.apply(theta.clone());
                for (int i = 0; i < n; i++) {
                    theta[i] -= delta(config, g[i], a, b, i, t);
                }
            }
            out[t - 1] = theta.clone();
        }
        return out;
    }

    private static double delta(OptimizerConfig config, double g, double[] a, double[] b, int i, int t) {
        if (config instanceof OptimizerConfig.Sgd c) {
            return c.eta() * g;
        }
        if (config instanceof OptimizerConfig.AnnealedSgd c) {
            return c.eta() / (1 + c.kappa() * (t - 1)) * g;
        }
        if (config instanceof OptimizerConfig.Momentum c) {
            a[i] = c.gamma() * a[i] + c.eta() * g;
            return a[i];
        }
        if (config instanceof OptimizerConfig.AdaGrad c) {
            a[i] += g * g;
            return c.eta() * g / Math.sqrt(a[i] + c.eps());
        }
        if (config instanceof OptimizerConfig.RmsProp c) {
            a[i] = c.rho() * a[i] + (1 - c.rho()) * g * g;
            return c.eta() * g / Math.sqrt(a[i] + c.eps());
        }
        if (config instanceof OptimizerConfig.Adam c) {
            a[i] = c.beta1() * a[i] + (1 - c.beta1()) * g;
            b[i] = c.beta2() * b[i] + (1 - c.beta2()) * g * g;
            double mHat = a[i] / (1 - Math.pow(c.beta1(), t));
            double vHat = b[i] / (1 - Math.pow(c.beta2(), t));
            return c.eta() * mHat / (Math.sqrt(vHat) + c.eps());
        }
        throw new IllegalArgumentException("no formula for " + config);
    }
}
