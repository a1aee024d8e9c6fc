package dlecon.solution.e7;

import dlecon.api.e7.Neoclassical;
import java.util.function.DoubleUnaryOperator;

/** The Euler residual of the deterministic neoclassical model for a policy giving the share of output invested. */
final class NeoclassicalResidual {

    private NeoclassicalResidual() {
    }

    /**
     * R = beta (c'/c)^(-gamma) (1 - delta + theta k'^(theta-1)) - 1 with c = (1 - phi(k)) k^theta,
     * k' = (1 - delta) k + phi(k) k^theta, c' = (1 - phi(k')) k'^theta.
     */
    static double residual(Neoclassical m, DoubleUnaryOperator investmentShare, double k) {
        // BEGIN SOLUTION: E7 neoclassical Euler residual R = beta (c'/c)^(-gamma) (1 - delta + theta k'^(theta-1)) - 1
        if (m == null || investmentShare == null) {
            throw new IllegalArgumentException("model and investmentShare must not be null");
        }
        if (k <= 0) {
            throw new IllegalArgumentException("capital must be positive, got " + k);
        }
        double theta = m.theta();
        double y = Math.pow(k, theta);
        double phi = investmentShare.applyAsDouble(k);
        double c = (1 - phi) * y;
        double kNext = (1 - m.delta()) * k + phi * y;
        double yNext = Math.pow(kNext, theta);
        double cNext = (1 - investmentShare.applyAsDouble(kNext)) * yNext;
        double grossReturn = 1 - m.delta() + theta * yNext / kNext;
        return m.beta() * Math.pow(cNext / c, -m.gamma()) * grossReturn - 1;
        // END SOLUTION
    }
}
