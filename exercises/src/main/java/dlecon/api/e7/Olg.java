package dlecon.api.e7;

/**
 * Calibration of the overlapping-generations model with an analytic solution (Krueger and Kubler; the DEQN
 * library's introduction): N cohorts, log utility, one unit of labour at age 1 only, production
 * f = eta K^alpha L^(1-alpha) + (1 - delta) K with L = 1, so that the gross return and the wage are
 * r = alpha eta K^(alpha-1) + 1 - delta and w = (1 - alpha) eta K^alpha, K = sum_i k_i with k_1 = 0. The shocks
 * eta in {etaLow, etaHigh} and delta in {deltaLow, deltaHigh} are i.i.d., each value with probability 1/2 (four
 * equally likely combinations). Income is x_1 = w and x_i = r k_i for i &gt;= 2; an age-i household saves a_i and
 * consumes c_i = x_i - a_i, the oldest consumes everything, and k'_{i+1} = a_i.
 *
 * @param cohorts   N &gt;= 2
 * @param alpha     capital share, in (0, 1)
 * @param beta      discount factor, in (0, 1)
 * @param etaLow    low productivity, &gt; 0
 * @param etaHigh   high productivity, &gt; 0
 * @param deltaLow  low depreciation, in [0, 1]
 * @param deltaHigh high depreciation, in [0, 1]
 */
public record Olg(int cohorts, double alpha, double beta, double etaLow, double etaHigh, double deltaLow,
                  double deltaHigh) {

    public Olg {
        check(cohorts >= 2, "cohorts must be at least 2, got " + cohorts);
        check(alpha > 0 && alpha < 1, "alpha must be in (0, 1), got " + alpha);
        check(beta > 0 && beta < 1, "beta must be in (0, 1), got " + beta);
        check(etaLow > 0 && etaHigh > 0 && Double.isFinite(etaLow) && Double.isFinite(etaHigh),
                "eta values must be positive and finite, got " + etaLow + ", " + etaHigh);
        check(deltaLow >= 0 && deltaLow <= 1 && deltaHigh >= 0 && deltaHigh <= 1,
                "delta values must be in [0, 1], got " + deltaLow + ", " + deltaHigh);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The course's calibration: N = 6, alpha .3, beta .7, eta in {.95, 1.05}, delta in {.5, .9}. */
    public static Olg defaults() {
        return new Olg(6, 0.3, 0.7, 0.95, 1.05, 0.5, 0.9);
    }

    /**
     * The exact savings shares of income for ages 1..N-1 (index i-1 for age i):
     * a_i / x_i = beta (1 - beta^(N-i)) / (1 - beta^(N-i+1)); for the defaults .65999925, .63939274, .60521121,
     * .54337900, .41176471. They solve s_i (1 - s_{i+1}) = beta (1 - s_i) with s_N = 0.
     */
    public double[] exactSavingsShares() {
        double[] s = new double[cohorts - 1];
        for (int i = 1; i < cohorts; i++) {
            s[i - 1] = beta * (1 - Math.pow(beta, cohorts - i)) / (1 - Math.pow(beta, cohorts - i + 1));
        }
        return s;
    }
}
