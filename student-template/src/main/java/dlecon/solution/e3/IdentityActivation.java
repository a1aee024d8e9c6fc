package dlecon.solution.e3;

import dlecon.api.e3.Activation;

/** The identity g(z) = z, g'(z) = 1. */
final class IdentityActivation implements Activation {

    @Override
    public double value(double z) {
        throw new UnsupportedOperationException("TODO E3 identity g(z) = z");
    }

    @Override
    public double derivative(double z) {
        throw new UnsupportedOperationException("TODO E3 identity derivative g'(z) = 1");
    }
}
