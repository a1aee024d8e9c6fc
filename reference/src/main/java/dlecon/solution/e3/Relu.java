package dlecon.solution.e3;

import dlecon.api.e3.Activation;

/** The rectifier g(z) = max(0, z), g'(z) = 1 if z &gt; 0 else 0 (so g'(0) = 0). */
final class Relu implements Activation {

    @Override
    public double value(double z) {
        // BEGIN SOLUTION: E3 ReLU max(0, z)
        return Math.max(0.0, z);
        // END SOLUTION
    }

    @Override
    public double derivative(double z) {
        // BEGIN SOLUTION: E3 ReLU derivative, 1 for z > 0, else 0
        return z > 0 ? 1.0 : 0.0;
        // END SOLUTION
    }
}
