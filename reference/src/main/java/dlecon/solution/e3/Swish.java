package dlecon.solution.e3;

import dlecon.api.e3.Activation;

/** Swish (Ramachandran et al. 2017): g(z) = z s(z), g'(z) = s(z) + z s(z) (1 - s(z)), s the sigmoid. */
final class Swish implements Activation {

    @Override
    public double value(double z) {
        // BEGIN SOLUTION: E3 swish z sigmoid(z)
        return z * Sigmoid.sigmoid(z);
        // END SOLUTION
    }

    @Override
    public double derivative(double z) {
        // BEGIN SOLUTION: E3 swish derivative s + z s (1 - s)
        double s = Sigmoid.sigmoid(z);
        return s + z * s * (1 - s);
        // END SOLUTION
    }
}
