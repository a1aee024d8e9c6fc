package dlecon.solution.e3;

import dlecon.api.e3.Activation;

/**
 * The hyperbolic tangent g(z) = tanh z, g'(z) = 1 - g(z)^2. {@link Math#tanh} is correct but slow (tens of
 * nanoseconds); the value here uses Cephes' method (S. Moshier, {@code tanh.c}): a rational approximation
 * z + z^3 P(z^2) / Q(z^2) for |z| &lt; 0.625 and (1 - e) / (1 + e) with e = exp(-2 |z|) above, both within about
 * one ulp, and never overflowing (tanh(+-1000) = +-1).
 */
final class Tanh implements Activation, DerivativeFromValue {

    @Override
    public double value(double z) {
        throw new UnsupportedOperationException("TODO E3 tanh (Math.tanh is fine)");
    }

    @Override
    public double derivative(double z) {
        return derivativeFromValue(value(z));
    }

    @Override
    public double derivativeFromValue(double g) {
        throw new UnsupportedOperationException("TODO E3 tanh derivative 1 - g^2");
    }
}
