package dlecon.solution.e3;

import dlecon.api.e3.Activation;

/** The logistic sigmoid g(z) = 1 / (1 + e^-z), g'(z) = g(z) (1 - g(z)). */
final class Sigmoid implements Activation, DerivativeFromValue {

    /**
     * 1 / (1 + e^-z) without overflow: for z &lt; 0 it is computed as e^z / (1 + e^z), so that e^-z is never
     * evaluated for large |z| (sigmoid(-1000) = 0, sigmoid(1000) = 1, NaN gives NaN).
     */
    static double sigmoid(double z) {
        throw new UnsupportedOperationException("TODO E3 overflow-free logistic function");
    }

    @Override
    public double value(double z) {
        return sigmoid(z);
    }

    @Override
    public double derivative(double z) {
        return derivativeFromValue(sigmoid(z));
    }

    @Override
    public double derivativeFromValue(double g) {
        throw new UnsupportedOperationException("TODO E3 sigmoid derivative g (1 - g)");
    }
}
