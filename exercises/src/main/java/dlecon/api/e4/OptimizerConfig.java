package dlecon.api.e4;

/**
 * Hyperparameters of the course's optimizers, one record each, with the lectures' defaults. Notation: g is the
 * gradient at step t (t = 1, 2, ...), all operations on vectors are element-wise, state starts at zero.
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

    /** Plain gradient descent: theta -= eta g. Default eta = 0.01. */
    record Sgd(double eta) implements OptimizerConfig {
        public Sgd {
            checkEta(eta);
        }

        public static Sgd defaults() {
            return new Sgd(0.01);
        }
    }

    /** Momentum (Polyak): v = gamma v + eta g; theta -= v. Defaults eta = 0.01, gamma = 0.9. */
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
     * Nesterov accelerated gradient: v = gamma v + eta grad E(theta - gamma v); theta -= v (the gradient is taken
     * at the look-ahead point). Defaults eta = 0.01, gamma = 0.9.
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

    /** AdaGrad (Duchi et al. 2011): G += g^2; theta -= eta g / sqrt(G + eps). Defaults eta = 0.01, eps = 1e-8. */
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
     * RMSProp (Hinton, lecture 6e): s = rho s + (1 - rho) g^2; theta -= eta g / sqrt(s + eps).
     * Defaults eta = 0.001, rho = 0.9, eps = 1e-8.
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
     * Epsilon sits <b>outside</b> the square root, as in the paper and PyTorch.
     * Defaults eta = 0.001, b1 = 0.9, b2 = 0.999, eps = 1e-8.
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
     * Gradient descent with learning-rate annealing: theta -= eta_t g with eta_t = eta0 / (1 + kappa t), where
     * t = 0 on the first step, 1 on the second, ... Defaults eta0 = 0.1, kappa = 0.01.
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
