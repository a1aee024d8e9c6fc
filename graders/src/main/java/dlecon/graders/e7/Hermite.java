package dlecon.graders.e7;

import dlecon.api.e7.GaussHermite;

/** Gauss-Hermite rules the graders trust, so the residual graders do not depend on the submission's rule. */
final class Hermite {

    private Hermite() {
    }

    /**
     * The 5-node rule for eps ~ N(0, 1): nodes sqrt(2) x_i with the physicists' roots x = 0, +-0.9585724646138185,
     * +-2.0201828704560856 of H_5, weights w_i / sqrt(pi) = 8/15, 0.22207592200561266, 0.011257411327720689
     * (Abramowitz and Stegun table 25.10).
     */
    static GaussHermite five() {
        double s = Math.sqrt(2);
        double[] x = {-2.0201828704560856, -0.9585724646138185, 0, 0.9585724646138185, 2.0201828704560856};
        double[] w = {0.011257411327720689, 0.22207592200561266, 8.0 / 15, 0.22207592200561266, 0.011257411327720689};
        double[] nodes = new double[5];
        for (int i = 0; i < 5; i++) {
            nodes[i] = s * x[i];
        }
        return new GaussHermite(nodes, w);
    }

    /** The 3-node rule for eps ~ N(0, 1): nodes -sqrt(3), 0, sqrt(3) (roots of x^3 - 3x), weights 1/6, 2/3, 1/6. */
    static GaussHermite three() {
        double r = Math.sqrt(3);
        return new GaussHermite(new double[] {-r, 0, r}, new double[] {1.0 / 6, 2.0 / 3, 1.0 / 6});
    }
}
