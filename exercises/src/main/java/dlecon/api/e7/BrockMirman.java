package dlecon.api.e7;

/**
 * Calibration of the Brock-Mirman (1972) growth model with log utility: output Y = Z K^alpha, capital
 * K' = (1 - delta) K + s Y for a savings rate s, consumption C = (1 - s) Y, productivity
 * log Z' = rho log Z + sigma eps with eps ~ N(0, 1). With full depreciation (delta = 1) the exact policy is the
 * constant savings rate s* = alpha beta, i.e. K' = alpha beta Z K^alpha and C = (1 - alpha beta) Z K^alpha.
 *
 * @param alpha capital share, in (0, 1)
 * @param beta  discount factor, in (0, 1)
 * @param delta depreciation rate, in (0, 1]
 * @param rho   persistence of log Z, in (-1, 1)
 * @param sigma standard deviation of the innovation of log Z, &gt;= 0
 */
public record BrockMirman(double alpha, double beta, double delta, double rho, double sigma) {

    public BrockMirman {
        check(alpha > 0 && alpha < 1, "alpha must be in (0, 1), got " + alpha);
        check(beta > 0 && beta < 1, "beta must be in (0, 1), got " + beta);
        check(delta > 0 && delta <= 1, "delta must be in (0, 1], got " + delta);
        check(rho > -1 && rho < 1, "rho must be in (-1, 1), got " + rho);
        check(sigma >= 0 && Double.isFinite(sigma), "sigma must be non-negative and finite, got " + sigma);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The course's calibration: alpha .36, beta .99, delta 1, rho .9, sigma .04. */
    public static BrockMirman defaults() {
        return new BrockMirman(0.36, 0.99, 1.0, 0.9, 0.04);
    }

    /** The closed-form savings rate s* = alpha beta (exact only when delta = 1). */
    public double savingsRate() {
        return alpha * beta;
    }

    /**
     * Deterministic steady state (Z = 1) from the Euler equation 1 = beta (alpha K^(alpha-1) + 1 - delta):
     * K_ss = (alpha / (1/beta - 1 + delta))^(1/(1-alpha)); with delta = 1 this is (alpha beta)^(1/(1-alpha)),
     * 0.199482... for the defaults.
     */
    public double steadyStateCapital() {
        return Math.pow(alpha / (1 / beta - 1 + delta), 1 / (1 - alpha));
    }

    /**
     * Stationary mean of log K under the closed-form policy (delta = 1): log K' = log(alpha beta) + z + alpha log K
     * with E z = 0 gives E log K = log(alpha beta) / (1 - alpha) (-1.61203 for the defaults).
     *
     * @throws IllegalStateException if delta != 1 (no closed form)
     */
    public double meanLogCapital() {
        requireFullDepreciation();
        return Math.log(alpha * beta) / (1 - alpha);
    }

    /**
     * Stationary standard deviation of log K under the closed-form policy (delta = 1). With x = log K - E log K,
     * (1 - alpha L)(1 - rho L) x_{t+1} = sigma eps_t is an AR(2) with roots alpha and rho, whose variance is
     * Var x = sigma^2 (1 + alpha rho) / ((1 - alpha rho)(1 - alpha^2)(1 - rho^2)); 0.137656 for the defaults.
     *
     * @throws IllegalStateException if delta != 1 (no closed form)
     */
    public double sdLogCapital() {
        requireFullDepreciation();
        double ar = alpha * rho;
        return sigma * Math.sqrt((1 + ar) / ((1 - ar) * (1 - alpha * alpha) * (1 - rho * rho)));
    }

    private void requireFullDepreciation() {
        if (delta != 1) {
            throw new IllegalStateException("the closed form needs delta = 1, got " + delta);
        }
    }

    /** A copy with another depreciation rate. */
    public BrockMirman withDelta(double d) {
        return new BrockMirman(alpha, beta, d, rho, sigma);
    }

    /** A copy with other productivity parameters. */
    public BrockMirman withShocks(double newRho, double newSigma) {
        return new BrockMirman(alpha, beta, delta, newRho, newSigma);
    }
}
