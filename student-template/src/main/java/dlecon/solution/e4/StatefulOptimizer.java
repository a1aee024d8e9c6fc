package dlecon.solution.e4;

import dlecon.api.nn.Objective;
import dlecon.api.nn.Optimizer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every optimizer of the course shares: the step count t (the first step is t = 1), one set of state buffers
 * per parameter (keyed by the parameter's position in the list, each buffer as long as the parameter, zero before
 * the first step), one objective evaluation per step and an element-wise update of every parameter.
 *
 * <p>Subclasses say how many buffers a parameter needs and implement {@link #update}; Nesterov also overrides
 * {@link #evaluate} to take the gradient at its look-ahead point.
 *
 * <p>State that decays geometrically (velocities, moving averages) reaches the subnormal range when a gradient
 * entry stays exactly 0 (a dead ReLU unit, an input that is always 0), and subnormal arithmetic is about a hundred
 * times slower. The optimizers with such state therefore set entries below {@code 1e-280} to 0 every few hundred
 * steps; this moves theta by less than 1e-270 and keeps every step at full speed.
 */
abstract class StatefulOptimizer implements Optimizer {

    private final int buffersPerParameter;


    /** @param buffersPerParameter number of state vectors each parameter needs (0 for plain SGD) */
    protected StatefulOptimizer(int buffersPerParameter) {
        if (buffersPerParameter < 0) {
            throw new IllegalArgumentException("buffersPerParameter must be >= 0, got " + buffersPerParameter);
        }
        this.buffersPerParameter = buffersPerParameter;
    }

    /**
     * One step t -&gt; t + 1: evaluates the objective (through {@link #evaluate}) and then applies {@link #update}
     * to every parameter. Modifies the parameters' values (and, through the objective, their gradients).
     *
     * @throws IllegalArgumentException if the list differs in length, or a parameter in its number of entries, from
     *                                  the list of the first step (checked before the objective is called)
     */
    @Override
    public double step(List<? extends Parameter> parameters, Objective objective) {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(objective, "objective");
        throw new UnsupportedOperationException("TODO E4 one optimizer step: state per parameter, evaluate once, update every parameter, t += 1");
    }

    @Override
    public int steps() {
        throw new UnsupportedOperationException("TODO E4 the number of steps taken so far");
    }

    /**
     * Evaluates the objective for the step about to be taken; the default evaluates it at the current values.
     *
     * @param parameters the parameters (values must be unchanged when this returns)
     * @param buffers    the state buffers, one array of buffers per parameter
     * @return E
     */
    protected double evaluate(List<? extends Parameter> parameters, List<double[][]> buffers, Objective objective) {
        return objective.evaluate();
    }

    /**
     * Updates one parameter in place, element-wise.
     *
     * @param theta   the parameter's values (modified)
     * @param g       dE/d(theta) at the point the objective was evaluated (not modified)
     * @param buffers this parameter's state vectors, each of length theta.length (modified)
     * @param t       the step count of this step, 1 on the first step
     */
    protected abstract void update(double[] theta, double[] g, double[][] buffers, int t);

    /** Entries of decaying state below this magnitude are flushed to 0. */
    private static final double TINY = 1e-280;

    /**
     * True on the steps t at which state multiplied by {@code decay} every step should be flushed: every
     * ln(1e-20) / ln(decay) steps, so an entry just above {@link #TINY} cannot fall below 1e-300 (still normal)
     * before the next flush.
     */
    protected static boolean flushDue(int t, double decay) {
        if (!(decay > 0)) {
            return false;
        }
        int interval = (int) Math.max(1, Math.floor(Math.log(1e-20) / Math.log(decay)));
        return t % interval == 0;
    }

    /** Sets the entries of {@code state} with |v| &lt; 1e-280 to 0 (modifies {@code state}). */
    protected static void flushTiny(double[] state) {
        for (int j = 0; j < state.length; j++) {
            if (Math.abs(state[j]) < TINY) {
                state[j] = 0;
            }
        }
    }

}
