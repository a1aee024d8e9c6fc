package dlecon.solution.e3;

import dlecon.api.e3.Activation;
import dlecon.api.e3.ActivationKind;

/**
 * The leaky rectifier g(z) = z if z &gt; 0 else a z, g'(z) = 1 if z &gt; 0 else a, with
 * a = {@link ActivationKind#LEAKY_SLOPE} (so g'(0) = a).
 */
final class LeakyRelu implements Activation {

    @Override
    public double value(double z) {
        // BEGIN SOLUTION: E3 leaky ReLU
        return z > 0 ? z : ActivationKind.LEAKY_SLOPE * z;
        // END SOLUTION
    }

    @Override
    public double derivative(double z) {
        // BEGIN SOLUTION: E3 leaky ReLU derivative, 1 for z > 0, else the slope
        return z > 0 ? 1.0 : ActivationKind.LEAKY_SLOPE;
        // END SOLUTION
    }
}
