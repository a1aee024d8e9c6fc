package dlecon.api.e3;

/**
 * A scalar activation function g and its derivative g' (formulas in {@link ActivationKind}).
 *
 * <p>Values are those of the formulas up to rounding: the graders compare them with a few units of 1e-16 relative
 * error (tanh and swish also within 1e-15 absolute, so tanh z = (1 - e^-2z) / (1 + e^-2z) near z = 0 is fine), and
 * any correct evaluation order passes. For a NaN argument the results are unspecified.
 */
public interface Activation {

    /**
     * g(z). Must not overflow for any finite z: sigmoid(-1000) = 0 and sigmoid(1000) = 1 exactly, tanh(+-1000) =
     * +-1, swish(-1000) = 0, never NaN.
     */
    double value(double z);

    /**
     * g'(z), the derivative with respect to the pre-activation z, for any finite z (never NaN). At the kink of ReLU
     * and leaky ReLU the convention is that of z &lt;= 0: ReLU'(0) = 0, leaky ReLU'(0) = {@link ActivationKind#LEAKY_SLOPE}.
     */
    double derivative(double z);
}
