package dlecon.api.nn;

/**
 * The objective E(theta) an optimizer minimises, evaluated at the <em>current</em> values of its parameters.
 *
 * <p>A call sets the parameters' gradients to dE/d(theta) at the current values (clearing what they held before)
 * and returns E. Optimizers that need the gradient at another point (Nesterov's look-ahead) move the values there,
 * evaluate, and move them back.
 */
@FunctionalInterface
public interface Objective {

    /** Evaluates E at the current parameter values; overwrites every parameter's gradients with dE/d(theta). */
    double evaluate();
}
