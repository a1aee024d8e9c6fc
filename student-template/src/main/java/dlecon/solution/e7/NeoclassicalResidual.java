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
        throw new UnsupportedOperationException("TODO E7 neoclassical Euler residual R = beta (c'/c)^(-gamma) (1 - delta + theta k'^(theta-1)) - 1");
    }
}
