package dlecon.solution.e3;

import dlecon.api.e3.Activation;

/** The identity g(z) = z, g'(z) = 1. */
final class IdentityActivation implements Activation {

    @Override
    public double value(double z) {
        // BEGIN SOLUTION: E3 identity g(z) = z
        return z;
        // END SOLUTION
    }

    @Override
    public double derivative(double z) {
        // BEGIN SOLUTION: E3 identity derivative g'(z) = 1
        return 1.0;
        // END SOLUTION
    }
}
