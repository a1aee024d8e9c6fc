package dlecon.solution.e7;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgConfig;
import dlecon.api.e7.OlgPolicy;
import dlecon.api.e7.TrainedPolicy;
import dlecon.api.nn.Optimizer;
import dlecon.api.nn.Parameter;
import java.util.List;
import java.util.random.RandomGenerator;

/** The Deep Equilibrium Net of the OLG model, trained on chains simulated with the current policy. */
final class OlgDeqn {

    /** Centre and scale of the log holdings fed to the network (they range from about -5 to -0.9). */
    private static final double LOG_K_CENTER = -3;
    private static final double LOG_K_SCALE = 2;

    private OlgDeqn() {
    }

    /**
     * (eta, delta, log k_2..log k_N) -&gt; [scaling] -&gt; h ReLU -&gt; h ReLU -&gt; N - 1 logistic; the scaling maps
     * each shock's two values to -1 and 1 and log k to (log k + 3) / 2; dense weights Xavier-uniform from
     * {@code rng}.
     */
    static Network policyNetwork(MlpFactory mlp, Olg m, int hidden, RandomGenerator rng) {
        int n = m.cohorts();
        double[] center = new double[n + 1];
        double[] scale = new double[n + 1];
        center[0] = (m.etaLow() + m.etaHigh()) / 2;
        scale[0] = m.etaLow() == m.etaHigh() ? 1 : Math.abs(m.etaHigh() - m.etaLow()) / 2;
        center[1] = (m.deltaLow() + m.deltaHigh()) / 2;
        scale[1] = m.deltaLow() == m.deltaHigh() ? 1 : Math.abs(m.deltaHigh() - m.deltaLow()) / 2;
        for (int i = 2; i <= n; i++) {
            center[i] = LOG_K_CENTER;
            scale[i] = LOG_K_SCALE;
        }
        return mlp.network(List.of(new InputScaling(center, scale),
                mlp.dense(n + 1, hidden, InitKind.XAVIER_UNIFORM, rng), mlp.activationLayer(ActivationKind.RELU),
                mlp.dense(hidden, hidden, InitKind.XAVIER_UNIFORM, rng), mlp.activationLayer(ActivationKind.RELU),
                mlp.dense(hidden, n - 1, InitKind.XAVIER_UNIFORM, rng), mlp.outputLayer(OutputKind.LOGISTIC)));
    }

    /**
     * Trains for {@code config.episodes()} Adam steps at {@code eta} and {@code config.fineEpisodes()} steps of a
     * fresh Adam at {@code fineEta} on {@code batchSize} chains started at k_i = kStart with
     * (eta, delta) = (etaLow, deltaLow); after each step every chain moves to k'_{i+1} = s_i x_i with new shocks
     * (eta' then delta' drawn by {@code rng.nextBoolean()}, true meaning the high value).
     */
    static TrainedPolicy<OlgPolicy> solve(Olg model, OlgConfig config, MlpFactory mlp, OptimizerFactory optimizers,
                           RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO E7 OLG DEQN training on chains simulated with the current policy");
    }
}
