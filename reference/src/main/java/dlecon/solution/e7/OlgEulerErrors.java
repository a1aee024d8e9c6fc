package dlecon.solution.e7;

import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgPolicy;

/** Relative Euler errors of a policy of the OLG model with an analytic solution (Krueger and Kubler). */
final class OlgEulerErrors {

    private OlgEulerErrors() {
    }

    /**
     * e_i = (beta E[r' / c'_{i+1}])^(-1) / c_i - 1 for ages 1..N-1, the expectation over the four equally likely
     * shocks.
     */
    static double[] errors(Olg m, OlgPolicy policy, double eta, double delta, double[] capital) {
        // BEGIN SOLUTION: E7 OLG relative Euler errors e_i = (beta E[r'/c'_{i+1}])^(-1) / c_i - 1
        if (m == null || policy == null || capital == null) {
            throw new IllegalArgumentException("model, policy and capital must not be null");
        }
        int n = m.cohorts();
        if (capital.length != n - 1) {
            throw new IllegalArgumentException("need " + (n - 1) + " holdings k_2..k_N, got " + capital.length);
        }
        if (!(eta > 0)) {
            throw new IllegalArgumentException("eta must be positive, got " + eta);
        }
        double[] x = incomes(m, eta, delta, capital);
        double[] s = shares(policy, eta, delta, capital, n);
        double[] savings = new double[n - 1];
        double[] expectation = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            savings[i] = s[i] * x[i];
        }
        double[] etas = {m.etaLow(), m.etaHigh()};
        double[] deltas = {m.deltaLow(), m.deltaHigh()};
        for (double etaNext : etas) {
            for (double deltaNext : deltas) {
                double[] xNext = incomes(m, etaNext, deltaNext, savings);
                double[] sNext = shares(policy, etaNext, deltaNext, savings, n);
                double rNext = m.alpha() * etaNext * Math.pow(sum(savings), m.alpha() - 1) + 1 - deltaNext;
                for (int i = 0; i < n - 1; i++) {
                    double shareNext = i + 1 < n - 1 ? sNext[i + 1] : 0;
                    expectation[i] += 0.25 * rNext / ((1 - shareNext) * xNext[i + 1]);
                }
            }
        }
        double[] e = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            e[i] = 1 / (m.beta() * expectation[i]) / (x[i] - savings[i]) - 1;
        }
        return e;
        // END SOLUTION
    }

    // BEGIN REMOVE
    /** Incomes x_1 = w, x_i = r k_i of ages 1..N at (eta, delta, k_2..k_N). */
    private static double[] incomes(Olg m, double eta, double delta, double[] capital) {
        double k = sum(capital);
        if (!(k > 0) && !Double.isNaN(k)) {
            throw new IllegalArgumentException("aggregate capital must be positive, got " + k);
        }
        double r = m.alpha() * eta * Math.pow(k, m.alpha() - 1) + 1 - delta;
        double[] x = new double[capital.length + 1];
        x[0] = (1 - m.alpha()) * eta * Math.pow(k, m.alpha());
        for (int i = 0; i < capital.length; i++) {
            x[i + 1] = r * capital[i];
        }
        return x;
    }

    private static double[] shares(OlgPolicy policy, double eta, double delta, double[] capital, int n) {
        double[] s = policy.savingsShares(eta, delta, capital.clone());
        if (s == null || s.length != n - 1) {
            throw new IllegalArgumentException("the policy must return " + (n - 1) + " shares");
        }
        return s;
    }

    private static double sum(double[] v) {
        double total = 0;
        for (double x : v) {
            total += x;
        }
        return total;
    }
    // END REMOVE
}
