package dlecon.api.e3;

/** A scalar activation function g and its derivative g' (see {@link ActivationKind} for the formulas). */
public interface Activation {

    /** g(z). Must not overflow for any finite z (e.g. the sigmoid of -1000 is 0, not NaN). */
    double value(double z);

    /** g'(z), the derivative with respect to the pre-activation z. */
    double derivative(double z);
}
