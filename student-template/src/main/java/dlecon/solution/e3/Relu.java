package dlecon.solution.e3;

import dlecon.api.e3.Activation;

/** The rectifier g(z) = max(0, z), g'(z) = 1 if z &gt; 0 else 0 (so g'(0) = 0). */
final class Relu implements Activation {

    @Override
    public double value(double z) {
        throw new UnsupportedOperationException("TODO E3 ReLU max(0, z)");
    }

    @Override
    public double derivative(double z) {
        throw new UnsupportedOperationException("TODO E3 ReLU derivative, 1 for z > 0, else 0");
    }
}
