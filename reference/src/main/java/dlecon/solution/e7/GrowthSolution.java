package dlecon.solution.e7;

import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import dlecon.api.e7.DeqnResult;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/** E7 entry point: delegates each residual, the quadrature rule and the solver to its own class. */
public final class GrowthSolution implements GrowthModels {

    /** The no-argument constructor the grader loads the exercise with. */
    public GrowthSolution() {
    }

    @Override
    public double deterministicResidual(BrockMirman model, DoubleUnaryOperator savingsRate, double k) {
        return BrockMirmanResiduals.deterministic(model, savingsRate, k);
    }

    @Override
    public GaussHermite gaussHermite(int n) {
        return GaussHermiteRule.create(n);
    }

    @Override
    public double stochasticResidual(BrockMirman model, DoubleBinaryOperator savingsRate, GaussHermite rule,
                                     double z, double logK) {
        return BrockMirmanResiduals.stochastic(model, savingsRate, rule, z, logK);
    }

    @Override
    public double neoclassicalResidual(Neoclassical model, DoubleUnaryOperator investmentShare, double k) {
        return NeoclassicalResidual.residual(model, investmentShare, k);
    }

    @Override
    public double deterministicLoss(Network policy, BrockMirman model, double[] capital) {
        return DeqnLoss.lossAndGradients(policy, model, capital);
    }

    @Override
    public DeqnResult solveDeterministic(BrockMirman model, DeqnConfig config, MlpFactory mlp,
                                         OptimizerFactory optimizers, RandomGenerator rng) {
        return DeterministicDeqn.solve(model, config, mlp, optimizers, rng);
    }
}
