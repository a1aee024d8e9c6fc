package dlecon.solution.e7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import dlecon.api.e7.TrainedPolicy;
import dlecon.api.e7.GrowthModels;
import dlecon.solution.e3.MlpSolution;
import dlecon.solution.e4.OptimizerSolution;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The deterministic Brock-Mirman Deep Equilibrium Net: its loss gradient and the trained policy. */
class DeterministicDeqnTest {

    private final MlpFactory mlp = new MlpSolution();
    private final OptimizerFactory optimizers = new OptimizerSolution();
    private final GrowthModels models = new GrowthSolution();
    private final BrockMirman bm = BrockMirman.defaults();

    /** Central differences with h = 1e-6 on a loss of order 1e-2: truncation ~1e-12, rounding ~1e-10 relative. */
    private static final double GRADIENT_REL_TOL = 1e-5;

    @Test
    void lossGradientMatchesFiniteDifferences() {
        for (double delta : new double[] {1.0, 0.3}) {
            BrockMirman m = bm.withDelta(delta);
            SplittableRandom rng = new SplittableRandom(11);
            Network net = DeterministicDeqn.policyNetwork(mlp, 6, rng);
            double[] k = new double[8];
            for (int i = 0; i < k.length; i++) {
                k[i] = rng.nextDouble(0.1, 1);
            }
            double loss = models.deterministicLoss(net, m, k);
            assertThat(loss).isPositive();
            double sumSq = 0;
            for (double ki : k) {
                double e = models.deterministicResidual(m, x -> net.predict(new double[][] {{x}})[0][0], ki);
                sumSq += e * e;
            }
            Close.assertRelative("loss = mean errREE^2 (delta " + delta + ")", loss, sumSq / k.length, 1e-12);
            LossGradientCheck.assertMatchesFiniteDifferences(net.parameters(),
                    () -> models.deterministicLoss(net, m, k), GRADIENT_REL_TOL, "delta " + delta);
        }
    }

    /**
     * Three fixed seeds with the course's settings (2001 episodes); all three must reach
     * max |s(K)/(alpha beta) - 1| &lt; 1e-2 on 1000 uniform K in [0.1, 1] and a final loss below 1e-6.
     */
    @Test
    void trainedPolicyIsTheClosedForm() {
        StringBuilder report = new StringBuilder();
        for (long seed : new long[] {1, 2, 3}) {
            TrainedPolicy<DoubleUnaryOperator> r = models.solveDeterministic(bm, DeqnConfig.defaults(), mlp, optimizers,
                    new SplittableRandom(seed));
            assertThat(r.lossHistory()).hasSize(2001);
            double maxErr = 0;
            for (int i = 0; i < 1000; i++) {
                double k = 0.1 + 0.9 * i / 999.0;
                maxErr = Math.max(maxErr, Math.abs(r.policy().applyAsDouble(k) / bm.savingsRate() - 1));
            }
            report.append(String.format(" seed %d: max rel err %.3e, final log10 loss %.2f;", seed, maxErr,
                    r.finalLog10Loss()));
            assertThat(maxErr).as("max |s/(alpha beta) - 1|, seed " + seed + report).isLessThan(1e-2);
            assertThat(r.finalLog10Loss()).as("final log10 loss, seed " + seed + report).isLessThan(-6);
        }
        System.out.println("DEQN:" + report);
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> models.solveDeterministic(null, DeqnConfig.defaults(), mlp, optimizers,
                new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.solveDeterministic(bm, DeqnConfig.defaults(), mlp, optimizers, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeqnConfig(0, 64, 0.1, 1, 1e-3, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeqnConfig(50, 64, 1, 0.1, 1e-3, 10))
                .isInstanceOf(IllegalArgumentException.class);
        Network net = DeterministicDeqn.policyNetwork(mlp, 3, new SplittableRandom(1));
        assertThatThrownBy(() -> models.deterministicLoss(net, bm, new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DeqnConfig.defaults()).isEqualTo(new DeqnConfig(50, 64, 0.1, 1.0, 1e-3, 2001));
    }
}
