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
        // BEGIN SOLUTION: E3 tanh (Math.tanh is fine)
        double a = Math.abs(z);
        if (a >= 0.625) {
            double e = Math.exp(-2 * a);
            return Math.copySign((1 - e) / (1 + e), z);
        }
        double s = z * z;
        double p = (-9.64399179425052238628e-1 * s - 9.92877231001918586564e1) * s - 1.61468768441708447952e3;
        double q = ((s + 1.12811678491632931402e2) * s + 2.23548839060100448583e3) * s + 4.84406305325125486048e3;
        return z + z * s * p / q;
        // END SOLUTION
    }

    @Override
    public double derivative(double z) {
        return derivativeFromValue(value(z));
    }

    @Override
    public double derivativeFromValue(double g) {
        // BEGIN SOLUTION: E3 tanh derivative 1 - g^2
        return 1 - g * g;
        // END SOLUTION
    }
}
