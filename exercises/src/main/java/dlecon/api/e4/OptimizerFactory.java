package dlecon.api.e4;

import dlecon.api.nn.Optimizer;

/**
 * E4 entry point, implemented by {@code dlecon.solution.e4.OptimizerSolution} (public, no-argument constructor).
 *
 * <p><b>What every optimizer it creates does</b> (the contract of {@link Optimizer} made precise):
 * <ul>
 *   <li>{@code step(parameters, objective)} is step t -&gt; t + 1, with <b>t = 1 on the first step</b>. It calls
 *   {@code objective} exactly once (Nesterov at its look-ahead point, see {@link OptimizerConfig.Nesterov}), which
 *   overwrites every parameter's gradients with g = dE/d(theta), then updates every parameter's values in place by
 *   the rule of its {@link OptimizerConfig}, entry by entry, and returns the E that the objective returned
 *   (exactly, not recomputed). It modifies only the parameters' values (and, through the objective, their
 *   gradients).</li>
 *   <li>State (velocities, squared-gradient sums, moment estimates) is kept per parameter and per entry, keyed by
 *   the parameter's position in the list; it is 0 before the first step. The step count t is one per optimizer,
 *   shared by all parameters (it counts calls of {@code step}, not parameters).</li>
 *   <li>{@code steps()} is the number of completed steps: 0 for a fresh optimizer, t after step t.</li>
 *   <li>State entries of magnitude below 1e-280 may be set to 0 at any step (the reference does so every few
 *   hundred steps, so that state decaying towards 0 never reaches slow subnormal arithmetic); whether and when
 *   this happens is left to the implementation.</li>
 *   <li>{@code step} throws {@link IllegalArgumentException} when the list has another length than on the first
 *   step, or a parameter another number of entries ({@code size()}) than the one at its position had then (the
 *   state would no longer match); this check comes before the objective is called and before anything changes.</li>
 * </ul>
 */
public interface OptimizerFactory {

    /**
     * A fresh optimizer (t = 0, all state zero) for the given hyperparameters; see {@link OptimizerConfig}.
     *
     * @throws IllegalArgumentException if {@code config} is null
     */
    Optimizer create(OptimizerConfig config);
}
