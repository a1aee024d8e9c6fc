package dlecon.solution.e3;

import dlecon.api.e3.Activation;

/** Swish (Ramachandran et al. 2017): g(z) = z s(z), g'(z) = s(z) + z s(z) (1 - s(z)), s the sigmoid. */
final class Swish implements Activation {

    @Override
    public double value(double z) {
        throw new UnsupportedOperationException("TODO E3 swish z sigmoid(z)");
    }

    @Override
    public double derivative(double z) {
        throw new UnsupportedOperationException("TODO E3 swish derivative s + z s (1 - s)");
    }
}
