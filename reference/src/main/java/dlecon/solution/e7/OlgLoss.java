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
        // BEGIN SOLUTION: E7 OLG DEQN loss mean e_i^2 and its gradient through s(state) and s(next states)
        if (net == null || m == null || states == null || states.length == 0) {
            throw new IllegalArgumentException("policy, model and a non-empty array of states are required");
        }
        int n = m.cohorts();
        int b = states.length;
        for (double[] row : states) {
            if (row == null || row.length != n + 1) {
                throw new IllegalArgumentException("each state must be (eta, delta, k_2..k_N) of length " + (n + 1));
            }
        }
        double[] etas = {m.etaLow(), m.etaHigh()};
        double[] deltas = {m.deltaLow(), m.deltaHigh()};
        net.zeroGradients();
        double[][] x = networkInputs(states);
        double[][] s = net.forward(x, true);
        double[][] xNext = new double[4 * b][n + 1];
        for (int r = 0; r < b; r++) {
            double[] income = incomes(m, states[r]);
            for (int j = 0; j < 4; j++) {
                double[] row = xNext[4 * r + j];
                row[0] = etas[j % 2];
                row[1] = deltas[j / 2];
                for (int i = 0; i < n - 1; i++) {
                    row[2 + i] = Math.log(s[r][i] * income[i]);
                }
            }
        }
        double[][] sNext = net.forward(xNext, true);
        double scale = 1.0 / (b * (n - 1));
        double loss = 0;
        double[][] gradNext = new double[4 * b][n - 1];
        double[][] gradS = new double[b][n - 1];
        for (int r = 0; r < b; r++) {
            for (int i = 0; i < n - 1; i++) {
                double q = 1;
                if (i + 1 < n - 1) {
                    q = 0;
                    for (int j = 0; j < 4; j++) {
                        q += 0.25 / (1 - sNext[4 * r + j][i + 1]);
                    }
                }
                double si = s[r][i];
                double onePlusE = si / (m.beta() * (1 - si) * q);
                double e = onePlusE - 1;
                loss += e * e;
                double dLde = 2 * e * scale;
                gradS[r][i] = dLde * onePlusE / (si * (1 - si));
                if (i + 1 < n - 1) {
                    for (int j = 0; j < 4; j++) {
                        double oneMinus = 1 - sNext[4 * r + j][i + 1];
                        gradNext[4 * r + j][i + 1] = -dLde * onePlusE / q * 0.25 / (oneMinus * oneMinus);
                    }
                }
            }
        }
        double[][] dNext = net.backward(gradNext);
        for (int r = 0; r < b; r++) {
            for (int i = 0; i < n - 1; i++) {
                double dLogA = 0;
                for (int j = 0; j < 4; j++) {
                    dLogA += dNext[4 * r + j][2 + i];
                }
                gradS[r][i] += dLogA / s[r][i];
            }
        }
        net.forward(x, true);
        net.backward(gradS);
        return loss * scale;
        // END SOLUTION
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
