package dlecon.solution.e3;

/**
 * An activation whose derivative is a function of its value, g'(z) = h(g(z)) (sigmoid: g (1 - g), tanh: 1 - g^2),
 * so that an activation layer can reuse the values of its forward pass instead of evaluating g again.
 */
interface DerivativeFromValue {

    /** g'(z) given g = g(z). */
    double derivativeFromValue(double g);
}
