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
        throw new UnsupportedOperationException("TODO E3 leaky ReLU");
    }

    @Override
    public double derivative(double z) {
        throw new UnsupportedOperationException("TODO E3 leaky ReLU derivative, 1 for z > 0, else the slope");
    }
}
