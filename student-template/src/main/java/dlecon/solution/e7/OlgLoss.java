package dlecon.solution.e7;

import dlecon.api.e3.Network;
import dlecon.api.e7.Olg;

/**
 * The loss of the OLG Deep Equilibrium Net, the mean squared relative Euler error, and its gradient. The network
 * maps B x (N + 1) inputs (eta, delta, log k_2, ..., log k_N) to B x (N - 1) savings shares.
 */
final class OlgLoss {

    private OlgLoss() {
    }

    /**
     * Because x'_{i+1} = r' a_i, the return cancels in r'/c'_{i+1} and the error of age i is
     * e_i = s_i / (beta (1 - s_i) Q_i) - 1 with Q_i = E[1 / (1 - s'_{i+1})] (Q_{N-1} = 1), the expectation over the
     * four equally likely shocks at the next state (eta', delta', log a_1, ..., log a_{N-1}), a_i = s_i x_i.
     * L = (1 / (B (N - 1))) sum e_i^2. Derivatives: de_i/ds_i = (1 + e_i) / (s_i (1 - s_i)),
     * de_i/ds'_{i+1} = -(1 + e_i) / Q_i x (1/4) / (1 - s'_{i+1})^2, and through the next state
     * d(log a_i)/ds_i = 1 / s_i. Overwrites the parameters' gradients.
     *
     * @param states B x (N + 1) rows (eta, delta, k_2, ..., k_N), not modified
     * @return L
     */
    static double lossAndGradients(Network net, Olg m, double[][] states) {
        throw new UnsupportedOperationException("TODO E7 OLG DEQN loss mean e_i^2 and its gradient through s(state) and s(next states)");
    }

    /** Rows (eta, delta, log k_2, ..., log k_N) of the states (eta, delta, k_2, ..., k_N). */
    static double[][] networkInputs(double[][] states) {
        double[][] x = new double[states.length][];
        for (int r = 0; r < states.length; r++) {
            x[r] = states[r].clone();
            for (int i = 2; i < x[r].length; i++) {
                x[r][i] = Math.log(states[r][i]);
            }
        }
        return x;
    }

    /** Incomes x_1 = w, x_i = r k_i (ages 1..N) at the state (eta, delta, k_2, ..., k_N). */
    static double[] incomes(Olg m, double[] state) {
        double eta = state[0];
        double k = 0;
        for (int i = 2; i < state.length; i++) {
            k += state[i];
        }
        double r = m.alpha() * eta * Math.pow(k, m.alpha() - 1) + 1 - state[1];
        double[] x = new double[state.length - 1];
        x[0] = (1 - m.alpha()) * eta * Math.pow(k, m.alpha());
        for (int i = 2; i < state.length; i++) {
            x[i - 1] = r * state[i];
        }
        return x;
    }
}
