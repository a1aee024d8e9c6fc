package dlecon.api.e4;

import dlecon.api.nn.Optimizer;

/** E4 entry point, implemented by {@code dlecon.solution.e4.OptimizerSolution} (public, no-argument constructor). */
public interface OptimizerFactory {

    /** A fresh optimizer (t = 0, all state zero) for the given hyperparameters; see {@link OptimizerConfig}. */
    Optimizer create(OptimizerConfig config);
}
