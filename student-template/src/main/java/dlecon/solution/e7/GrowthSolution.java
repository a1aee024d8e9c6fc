package dlecon.solution.e7;

import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import dlecon.api.e7.TrainedPolicy;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import dlecon.api.e7.NeoclassicalConfig;
import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgConfig;
import dlecon.api.e7.OlgPolicy;
import dlecon.api.e7.SimulationPath;
import dlecon.api.e7.StochasticDeqnConfig;
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
    public TrainedPolicy<DoubleUnaryOperator> solveDeterministic(BrockMirman model, DeqnConfig config, MlpFactory mlp,
                                         OptimizerFactory optimizers, RandomGenerator rng) {
        return DeterministicDeqn.solve(model, config, mlp, optimizers, rng);
    }

    @Override
    public double stochasticLoss(Network policy, BrockMirman model, GaussHermite rule, double[] z, double[] logK) {
        return StochasticDeqnLoss.lossAndGradients(policy, model, rule, z, logK);
    }

    @Override
    public TrainedPolicy<DoubleBinaryOperator> solveStochastic(BrockMirman model, StochasticDeqnConfig config,
                                                MlpFactory mlp, OptimizerFactory optimizers, RandomGenerator rng) {
        return StochasticDeqn.solve(model, config, mlp, optimizers, rng);
    }

    @Override
    public SimulationPath simulate(BrockMirman model, DoubleBinaryOperator savingsRate, int periods,
                                   RandomGenerator rng) {
        return BrockMirmanSimulation.simulate(model, savingsRate, periods, rng);
    }

    @Override
    public double neoclassicalLoss(Network policy, Neoclassical model, double[] capital) {
        return NeoclassicalLoss.lossAndGradients(policy, model, capital);
    }

    @Override
    public TrainedPolicy<DoubleUnaryOperator> solveNeoclassical(Neoclassical model, NeoclassicalConfig config,
                                        MlpFactory mlp, OptimizerFactory optimizers, RandomGenerator rng) {
        return NeoclassicalSolver.solve(model, config, mlp, optimizers, rng);
    }

    @Override
    public double[] olgEulerErrors(Olg model, OlgPolicy policy, double eta, double delta, double[] capital) {
        return OlgEulerErrors.errors(model, policy, eta, delta, capital);
    }

    @Override
    public double olgLoss(Network policy, Olg model, double[][] states) {
        return OlgLoss.lossAndGradients(policy, model, states);
    }

    @Override
    public TrainedPolicy<OlgPolicy> solveOlg(Olg model, OlgConfig config, MlpFactory mlp, OptimizerFactory optimizers,
                              RandomGenerator rng) {
        return OlgDeqn.solve(model, config, mlp, optimizers, rng);
    }
}
