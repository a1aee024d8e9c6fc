package dlecon.solution.e4;

import dlecon.api.nn.Objective;
import dlecon.api.nn.Parameter;
import java.util.List;

/**
 * Nesterov's accelerated gradient: v &lt;- gamma v + eta grad E(theta - gamma v); theta &lt;- theta - v.
 * The step moves every parameter to the look-ahead point theta - gamma v, evaluates the objective there, moves the
 * values back (restoring the saved copy exactly) and then applies the momentum update of {@link Momentum}.
 * Buffer 0 is the velocity, buffer 1 the saved values.
 */
final class Nesterov extends Momentum {

    /** Index of the saved copy of theta among a parameter's buffers. */
    private static final int SAVED = 1;

    /**
     * @param eta   learning rate
     * @param gamma momentum coefficient in [0, 1)
     */
    Nesterov(double eta, double gamma) {
        super(eta, gamma, 2);
    }

    /** Evaluates the objective at theta - gamma v; the values are the same as before when this returns. */
    @Override
    protected double evaluate(List<? extends Parameter> parameters, List<double[][]> buffers, Objective objective) {
        throw new UnsupportedOperationException("TODO E4 Nesterov: move to the look-ahead point theta - gamma v, evaluate, move back");
    }
}
