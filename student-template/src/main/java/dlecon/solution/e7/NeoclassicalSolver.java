package dlecon.solution.e7;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e7.TrainedPolicy;
import dlecon.api.e7.Neoclassical;
import dlecon.api.e7.NeoclassicalConfig;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Optimizer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/** Euler-residual training of the neoclassical model's investment-share network (Maliar, Maliar and Winant). */
final class NeoclassicalSolver {

    private NeoclassicalSolver() {
    }

    /**
     * k -&gt; [scaling (k - mid) / half-width of the sampling interval] -&gt; layers x (h tanh) -&gt; 1 logistic,
     * dense weights Xavier-uniform from {@code rng} in layer order, biases 0 except the output bias, which is
     * log(phi* / (1 - phi*)) for the steady-state share phi* = delta k*^(1-theta) (a warm start at the steady
     * state). The Euler residual alone does not pin down the saddle path: from the default start
     * (phi ~ 0.5 everywhere) Adam converged, on six seeds, to explosive solutions with small residuals on the
     * training interval whose capital path runs through k* to 3-6 k*; from the warm start it found the saddle path
     * (steady state within 1.4e-3 of k*) on all six.
     */
    static Network policyNetwork(MlpFactory mlp, Neoclassical m, NeoclassicalConfig c, RandomGenerator rng) {
        double kStar = m.steadyStateCapital();
        List<Layer> layers = new ArrayList<>();
        layers.add(new InputScaling(new double[] {(c.kLow() + c.kHigh()) / 2 * kStar},
                new double[] {(c.kHigh() - c.kLow()) / 2 * kStar}));
        int in = 1;
        for (int l = 0; l < c.layers(); l++) {
            layers.add(mlp.dense(in, c.hidden(), InitKind.XAVIER_UNIFORM, rng));
            layers.add(mlp.activationLayer(ActivationKind.TANH));
            in = c.hidden();
        }
        Layer out = mlp.dense(in, 1, InitKind.XAVIER_UNIFORM, rng);
        double share = m.steadyStateInvestmentShare();
        out.parameters().get(1).values()[0] = Math.log(share / (1 - share));
        layers.add(out);
        layers.add(mlp.outputLayer(OutputKind.LOGISTIC));
        return mlp.network(layers);
    }

    /** Trains for {@code config.steps()} Adam steps on fresh states k ~ U[kLow k*, kHigh k*]. */
    static TrainedPolicy<DoubleUnaryOperator> solve(Neoclassical model, NeoclassicalConfig config, MlpFactory mlp,
                            OptimizerFactory optimizers, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO E7 neoclassical training: states around k*, one Adam step on mean R^2 per step");
    }
}
