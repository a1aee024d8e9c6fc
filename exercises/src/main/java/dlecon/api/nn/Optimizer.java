package dlecon.api.nn;

import java.util.List;

/**
 * A first-order optimizer on the {@link Parameter} abstraction (E4). It keeps its own state (velocities, moment
 * estimates, the step count t) per parameter, keyed by the parameter's position in the list, so the same list must
 * be passed on every step.
 */
public interface Optimizer {

    /**
     * Performs one update t -&gt; t + 1 (t starts at 0, so the first step is t = 1): calls {@code objective} (once
     * for every method of the course) to obtain g = dE/d(theta), then updates every parameter's values in place.
     *
     * @param parameters the parameters to update (values modified; gradients overwritten by the objective)
     * @param objective  evaluates E and the gradients at the current values
     * @return E as returned by the objective during this step
     */
    double step(List<? extends Parameter> parameters, Objective objective);

    /** Number of steps performed so far (t). */
    int steps();
}
