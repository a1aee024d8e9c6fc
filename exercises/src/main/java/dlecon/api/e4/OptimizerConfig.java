package dlecon.api.e4;

/**
 * Hyperparameters of the course's optimizers, one record each, with the lectures' defaults, and each optimizer's
 * update rule. Notation: g is the gradient the objective writes at step t, with <b>t = 1 on the first step</b>
 * (t = 1, 2, ... for every optimizer, annealing included); all operations on vectors are element-wise (every entry
 * of every parameter has its own state); all state starts at zero. What a step does around the rule (one objective
 * call, the returned E, per-parameter state, {@code steps()}, rejected lists) is stated in {@link OptimizerFactory}.
 *
 * <p>Each constructor throws {@link IllegalArgumentException} for the hyperparameters it names as invalid.
 */
public sealed interface OptimizerConfig {

    /** Learning rate eta (eta_0 for annealing). */
    double eta();

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static void checkEta(double eta) {
        check(eta > 0 && Double.isFinite(eta), "eta must be positive and finite, got " + eta);
    }

    /** Plain gradient descent: theta -= eta g. Default eta = 0.01. eta must be positive and finite. */
    record Sgd(double eta) implements OptimizerConfig {
        public Sgd {
            checkEta(eta);
        }

        public static Sgd defaults() {
            return new Sgd(0.01);
        }
    }

    /**
     * Momentum (Polyak): v = gamma v + eta g; theta -= v (equivalently v' = gamma v' - eta g; theta += v'). With
     * gamma = 0 this is plain gradient descent. Defaults eta = 0.01, gamma = 0.9; 0 &lt;= gamma &lt; 1.
     */
    record Momentum(double eta, double gamma) implements OptimizerConfig {
        public Momentum {
            checkEta(eta);
            check(gamma >= 0 && gamma < 1, "gamma must be in [0, 1), got " + gamma);
        }

        public static Momentum defaults() {
            return new Momentum(0.01, 0.9);
        }
    }

    /**
     * Nesterov accelerated gradient: v = gamma v + eta grad E(theta - gamma v); theta -= v. The gradient is taken at
     * the look-ahead point: the step sets every parameter's values to theta - gamma v (with the v of the previous
     * step), calls the objective once there, then restores the values <b>exactly</b> (bit for bit, from a saved
     * copy, not by adding gamma v back) and applies the momentum update with that gradient, so that the new values
     * are theta - v computed from the saved theta. With gamma = 0 this is plain gradient descent.
     * Defaults eta = 0.01, gamma = 0.9; 0 &lt;= gamma &lt; 1.
     */
    record Nesterov(double eta, double gamma) implements OptimizerConfig {
        public Nesterov {
            checkEta(eta);
            check(gamma >= 0 && gamma < 1, "gamma must be in [0, 1), got " + gamma);
        }

        public static Nesterov defaults() {
            return new Nesterov(0.01, 0.9);
        }
    }

    /**
     * AdaGrad (Duchi et al. 2011): G += g^2; theta -= eta g / sqrt(G + eps), eps <b>inside</b> the root (so a
     * gradient that has always been 0 leaves theta unchanged). Defaults eta = 0.01, eps = 1e-8; eps &gt; 0.
     */
    record AdaGrad(double eta, double eps) implements OptimizerConfig {
        public AdaGrad {
            checkEta(eta);
            check(eps > 0, "eps must be positive, got " + eps);
        }

        public static AdaGrad defaults() {
            return new AdaGrad(0.01, 1e-8);
        }
    }

    /**
     * RMSProp (Hinton, lecture 6e): s = rho s + (1 - rho) g^2; theta -= eta g / sqrt(s + eps), eps <b>inside</b>
     * the root. With rho = 0, s = g^2. Defaults eta = 0.001, rho = 0.9, eps = 1e-8; 0 &lt;= rho &lt; 1, eps &gt; 0.
     */
    record RmsProp(double eta, double rho, double eps) implements OptimizerConfig {
        public RmsProp {
            checkEta(eta);
            check(rho >= 0 && rho < 1, "rho must be in [0, 1), got " + rho);
            check(eps > 0, "eps must be positive, got " + eps);
        }

        public static RmsProp defaults() {
            return new RmsProp(0.001, 0.9, 1e-8);
        }
    }

    /**
     * Adam (Kingma and Ba 2015, Algorithm 1): m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
     * m_hat = m / (1 - b1^t); v_hat = v / (1 - b2^t); theta -= eta m_hat / (sqrt(v_hat) + eps).
     * Epsilon sits <b>outside</b> the square root of v_hat, as in the paper and PyTorch (Winant's slides put it
     * inside, Keras uses 1e-7). At t = 1, m_hat = g and v_hat = g^2, so the first step is eta g / (|g| + eps). The
     * bias corrections may be folded into the step size, eta (1 - b1^t)^-1 m / (sqrt(v) / sqrt(1 - b2^t) + eps),
     * but <em>not</em> as the paper's "efficient version" eta sqrt(1 - b2^t) / (1 - b1^t) m / (sqrt(v) + eps):
     * that one puts eps next to sqrt(v) instead of sqrt(v_hat), a different (smaller) epsilon.
     * Defaults eta = 0.001, b1 = 0.9, b2 = 0.999, eps = 1e-8; 0 &lt;= b1, b2 &lt; 1 (b1 = 0 gives m_hat = g), eps &gt; 0.
     */
    record Adam(double eta, double beta1, double beta2, double eps) implements OptimizerConfig {
        public Adam {
            checkEta(eta);
            check(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1), got " + beta1);
            check(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1), got " + beta2);
            check(eps > 0, "eps must be positive, got " + eps);
        }

        public static Adam defaults() {
            return new Adam(0.001, 0.9, 0.999, 1e-8);
        }

        /** The defaults with another learning rate. */
        public static Adam withEta(double eta) {
            return new Adam(eta, 0.9, 0.999, 1e-8);
        }
    }

    /**
     * Gradient descent with learning-rate annealing: theta -= eta_t g with eta_t = eta0 / (1 + kappa (t - 1)),
     * t = 1 on the first step as for every optimizer here, so the first step uses eta0 and t - 1 = 0, 1, 2, ...
     * counts the steps already taken (the course writes the same rate as eta0 / (1 + kappa s) with s counted from
     * 0). With kappa = 0 this is plain gradient descent. Defaults eta0 = 0.1, kappa = 0.01; kappa &gt;= 0, finite.
     */
    record AnnealedSgd(double eta, double kappa) implements OptimizerConfig {
        public AnnealedSgd {
            checkEta(eta);
            check(kappa >= 0 && Double.isFinite(kappa), "kappa must be non-negative, got " + kappa);
        }

        public static AnnealedSgd defaults() {
            return new AnnealedSgd(0.1, 0.01);
        }
    }
}
