package dlecon.solution.e7;

import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GaussHermite;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** The Euler residuals of the Brock-Mirman model with log utility, for savings-rate policies. */
final class BrockMirmanResiduals {

    private BrockMirmanResiduals() {
    }

    /**
     * errREE = 1 - C' / (beta C (R' + 1 - delta)) with Y = K^alpha, C = (1 - s(K)) Y, K' = (1 - delta) K + s(K) Y,
     * C' = (1 - s(K')) K'^alpha, R' = alpha K'^(alpha-1).
     */
    static double deterministic(BrockMirman m, DoubleUnaryOperator savingsRate, double k) {
        throw new UnsupportedOperationException("TODO E7 deterministic Brock-Mirman residual errREE = 1 - C'/(beta C (R' + 1 - delta))");
    }

    /**
     * r = beta E[(C/C') (alpha Z' K'^(alpha-1) + 1 - delta)] - 1 at the state (z, log K), z' = rho z + sigma eps.
     */
    static double stochastic(BrockMirman m, DoubleBinaryOperator savingsRate, GaussHermite rule, double z,
                             double logK) {
        throw new UnsupportedOperationException("TODO E7 stochastic Brock-Mirman residual r = beta E[(C/C') alpha Z' K'^(alpha-1)] - 1");
    }
}
