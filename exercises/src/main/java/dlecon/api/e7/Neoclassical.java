package dlecon.api.e7;

/**
 * Calibration of the deterministic neoclassical growth model of Maliar, Maliar and Winant with CRRA utility
 * U(c) = c^(1-gamma) / (1 - gamma) (log utility for gamma = 1): k' = (1 - delta) k + i, c = k^theta - i, and the
 * Euler equation 1 = beta (c'/c)^(-gamma) (1 - delta + theta k'^(theta-1)). Productivity is fixed at 1.
 *
 * @param theta capital share, in (0, 1)
 * @param beta  discount factor, in (0, 1)
 * @param gamma relative risk aversion, &gt; 0
 * @param delta depreciation rate, in (0, 1]
 */
public record Neoclassical(double theta, double beta, double gamma, double delta) {

    public Neoclassical {
        check(theta > 0 && theta < 1, "theta must be in (0, 1), got " + theta);
        check(beta > 0 && beta < 1, "beta must be in (0, 1), got " + beta);
        check(gamma > 0 && Double.isFinite(gamma), "gamma must be positive and finite, got " + gamma);
        check(delta > 0 && delta <= 1, "delta must be in (0, 1], got " + delta);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The course's calibration: theta .3, beta .96, gamma 4, delta .1. */
    public static Neoclassical defaults() {
        return new Neoclassical(0.3, 0.96, 4.0, 0.1);
    }

    /** Steady state k* = ((1/beta - (1 - delta)) / theta)^(1/(theta-1)); 2.920822149964071 for the defaults. */
    public double steadyStateCapital() {
        return Math.pow((1 / beta - (1 - delta)) / theta, 1 / (theta - 1));
    }

    /** Steady-state consumption c* = k*^theta - delta k*; 1.087194911375516 for the defaults. */
    public double steadyStateConsumption() {
        double k = steadyStateCapital();
        return Math.pow(k, theta) - delta * k;
    }

    /** Steady-state share of output invested, delta k* / k*^theta. */
    public double steadyStateInvestmentShare() {
        double k = steadyStateCapital();
        return delta * k / Math.pow(k, theta);
    }
}
