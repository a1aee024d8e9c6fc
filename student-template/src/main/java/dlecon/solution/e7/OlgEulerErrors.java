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
        throw new UnsupportedOperationException("TODO E7 OLG relative Euler errors e_i = (beta E[r'/c'_{i+1}])^(-1) / c_i - 1");
    }

}
