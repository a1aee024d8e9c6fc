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
        // BEGIN SOLUTION: E7 deterministic Brock-Mirman residual errREE = 1 - C'/(beta C (R' + 1 - delta))
        if (m == null || savingsRate == null) {
            throw new IllegalArgumentException("model and savingsRate must not be null");
        }
        if (k <= 0) {
            throw new IllegalArgumentException("capital must be positive, got " + k);
        }
        double a = m.alpha();
        double y = Math.pow(k, a);
        double s = savingsRate.applyAsDouble(k);
        double c = (1 - s) * y;
        double kNext = (1 - m.delta()) * k + s * y;
        double yNext = Math.pow(kNext, a);
        double cNext = (1 - savingsRate.applyAsDouble(kNext)) * yNext;
        double rNext = a * yNext / kNext;
        return 1 - cNext / (m.beta() * c * (rNext + 1 - m.delta()));
        // END SOLUTION
    }

    /**
     * r = beta E[(C/C') (alpha Z' K'^(alpha-1) + 1 - delta)] - 1 at the state (z, log K), z' = rho z + sigma eps.
     */
    static double stochastic(BrockMirman m, DoubleBinaryOperator savingsRate, GaussHermite rule, double z,
                             double logK) {
        // BEGIN SOLUTION: E7 stochastic Brock-Mirman residual r = beta E[(C/C') alpha Z' K'^(alpha-1)] - 1
        if (m == null || savingsRate == null || rule == null) {
            throw new IllegalArgumentException("model, savingsRate and rule must not be null");
        }
        double a = m.alpha();
        double k = Math.exp(logK);
        double y = Math.exp(z + a * logK);
        double s = savingsRate.applyAsDouble(z, logK);
        double c = (1 - s) * y;
        double kNext = (1 - m.delta()) * k + s * y;
        double logKNext = Math.log(kNext);
        double[] eps = rule.nodes();
        double[] w = rule.weights();
        double expectation = 0;
        for (int i = 0; i < eps.length; i++) {
            double zNext = m.rho() * z + m.sigma() * eps[i];
            double yNext = Math.exp(zNext + a * logKNext);
            double cNext = (1 - savingsRate.applyAsDouble(zNext, logKNext)) * yNext;
            expectation += w[i] * (c / cNext) * (a * yNext / kNext + 1 - m.delta());
        }
        return m.beta() * expectation - 1;
        // END SOLUTION
    }
}
