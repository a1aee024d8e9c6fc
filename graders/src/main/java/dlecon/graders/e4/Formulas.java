package dlecon.graders.e4;

import dlecon.api.e4.OptimizerConfig;

/**
 * The grader's own statement of the lectures' update rules, the oracle of the hidden suites (not part of a student
 * repository). Every optimizer is element-wise, so the oracle works on all parameters' entries laid end to end;
 * g is the gradient of step t = 1, 2, ...:
 * <ul>
 *   <li>SGD: theta -= eta g; annealed SGD: theta -= eta0 / (1 + kappa (t - 1)) g</li>
 *   <li>momentum: v = gamma v + eta g(theta), theta -= v; Nesterov: the same with g(theta - gamma v)</li>
 *   <li>AdaGrad: s += g^2; RMSProp: s = rho s + (1 - rho) g^2; both theta -= eta g / sqrt(s + eps)</li>
 *   <li>Adam: m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g^2, theta -= eta m_hat / (sqrt(v_hat) + eps) with
 *   m_hat = m / (1 - b1^t), v_hat = v / (1 - b2^t)</li>
 * </ul>
 */
final class Formulas {

    private Formulas() {
    }

    /** The gradient at {@code theta} on the objective's {@code call}-th evaluation (0 on the first step). */
    @FunctionalInterface
    interface Gradient {
        double[] at(double[] theta, int call);
    }

    /**
     * What the oracle computes for {@code steps} steps; row t - 1 of each belongs to step t.
     *
     * @param iterates    theta after step t
     * @param evaluatedAt the values at which the objective is called in step t (theta, or Nesterov's look-ahead)
     * @param scales      per entry, the largest |theta| and |change of theta| up to step t: the size of the numbers
     *                    whose rounding the iterate carries
     */
    record Trajectory(double[][] iterates, double[][] evaluatedAt, double[][] scales) {
    }

    /** The oracle's trajectory of {@code config} from {@code start}. */
    static Trajectory run(OptimizerConfig config, double[] start, Gradient gradient, int steps) {
        int n = start.length;
        double[] theta = start.clone();
        double[] a = new double[n];
        double[] b = new double[n];
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            scale[i] = Math.abs(start[i]);
        }
        Trajectory out = new Trajectory(new double[steps][], new double[steps][], new double[steps][]);
        for (int t = 1; t <= steps; t++) {
            double[] at = theta.clone();
            if (config instanceof OptimizerConfig.Nesterov c) {
                for (int i = 0; i < n; i++) {
                    at[i] -= c.gamma() * a[i];
                }
            }
            double[] g = gradient.at(at.clone(), t - 1);
            for (int i = 0; i < n; i++) {
                double d = delta(config, g[i], a, b, i, t);
                theta[i] -= d;
                scale[i] = Math.max(scale[i], Math.max(Math.abs(d), Math.abs(theta[i])));
            }
            out.evaluatedAt()[t - 1] = at;
            out.iterates()[t - 1] = theta.clone();
            out.scales()[t - 1] = scale.clone();
        }
        return out;
    }

    /** The change of entry i at step t (theta -= change), updating the state a (v, s or m) and b (Adam's v). */
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
        if (config instanceof OptimizerConfig.Nesterov c) {
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
