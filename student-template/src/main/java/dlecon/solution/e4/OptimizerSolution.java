package dlecon.solution.e4;

import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.Optimizer;

/** E4 entry point: maps each {@link OptimizerConfig} record to its optimizer class. */
public final class OptimizerSolution implements OptimizerFactory {

    /** Public no-argument constructor, as {@link dlecon.api.Exercise#E4} requires. */
    public OptimizerSolution() {
    }

    @Override
    public Optimizer create(OptimizerConfig config) {
        if (config instanceof OptimizerConfig.Sgd c) {
            return new Sgd(c.eta());
        }
        if (config instanceof OptimizerConfig.AnnealedSgd c) {
            return new AnnealedSgd(c.eta(), c.kappa());
        }
        if (config instanceof OptimizerConfig.Momentum c) {
            return new Momentum(c.eta(), c.gamma());
        }
        if (config instanceof OptimizerConfig.Nesterov c) {
            return new Nesterov(c.eta(), c.gamma());
        }
        if (config instanceof OptimizerConfig.AdaGrad c) {
            return new AdaGrad(c.eta(), c.eps());
        }
        if (config instanceof OptimizerConfig.RmsProp c) {
            return new RmsProp(c.eta(), c.rho(), c.eps());
        }
        if (config instanceof OptimizerConfig.Adam c) {
            return new Adam(c.eta(), c.beta1(), c.beta2(), c.eps());
        }
        throw new IllegalArgumentException("unknown optimizer configuration: " + config);
    }
}
