package dlecon.solution.e7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgConfig;
import dlecon.api.e7.OlgPolicy;
import dlecon.api.e7.TrainedPolicy;
import dlecon.solution.e3.MlpSolution;
import dlecon.solution.e4.OptimizerSolution;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The OLG Deep Equilibrium Net: loss gradient and the accuracy of the trained policy on a simulated path. */
class OlgDeqnTest {

    /** Central differences with h = 1e-6 on a loss of order 1e-2: truncation ~1e-12, rounding ~1e-10 relative. */
    private static final double GRADIENT_REL_TOL = 1e-5;
    private static final int PERIODS = 1000;
    /** The course's reported accuracy after 10k episodes: mean log10 relative Euler error -3.4. */
    private static final double MEAN_LOG10_ERROR = -3.4;
    /** The course's reported maximum log10 relative Euler error, -2.4. */
    private static final double MAX_LOG10_ERROR = -2.4;
    /**
     * e_i is about the relative error of s_i (1 - s_{i+1}) / (1 - s_i), so max |e| ~ 10^-2.4 = 4e-3 allows share
     * errors of a few 1e-3; 2e-3 relative.
     */
    private static final double SHARE_REL_TOL = 2e-3;

    private final MlpFactory mlp = new MlpSolution();
    private final OptimizerFactory optimizers = new OptimizerSolution();
    private final GrowthModels models = new GrowthSolution();
    private final Olg olg = Olg.defaults();

    @Test
    void lossGradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(29);
        Network net = OlgDeqn.policyNetwork(mlp, olg, 6, rng);
        StochasticDeqnTest.jitter(net, rng);
        double[][] states = new double[5][7];
        for (double[] row : states) {
            row[0] = rng.nextBoolean() ? olg.etaHigh() : olg.etaLow();
            row[1] = rng.nextBoolean() ? olg.deltaHigh() : olg.deltaLow();
            for (int i = 2; i < 7; i++) {
                row[i] = Math.exp(rng.nextDouble(-5, -1));
            }
        }
        double loss = models.olgLoss(net, olg, states);
        assertThat(loss).isPositive();
        OlgPolicy policy = policyOf(net);
        double sumSq = 0;
        for (double[] row : states) {
            double[] k = java.util.Arrays.copyOfRange(row, 2, 7);
            for (double e : models.olgEulerErrors(olg, policy, row[0], row[1], k)) {
                sumSq += e * e;
            }
        }
        Close.assertRelative("loss = mean e^2", loss, sumSq / (5 * 5), 1e-11);
        LossGradientCheck.assertMatchesFiniteDifferences(net.parameters(),
                () -> models.olgLoss(net, olg, states), GRADIENT_REL_TOL, "OLG");
    }

    /**
     * Three fixed seeds with the default configuration (3 of 3 must pass). Along a 1000-period path simulated with
     * the trained policy from k = (0.4, 0.18, 0.07, 0.03, 0.008) (near the ergodic means of the exact policy), the
     * mean and max of log10 |e_i| over all periods and ages are at most the course's -3.4 and -2.4, and every
     * share is within 2e-3 relative of the exact one.
     */
    @Test
    void trainedPolicyHasSmallEulerErrors() {
        StringBuilder report = new StringBuilder();
        double[] exact = olg.exactSavingsShares();
        for (long seed : new long[] {1, 2, 3}) {
            TrainedPolicy<OlgPolicy> r = models.solveOlg(olg, OlgConfig.defaults(), mlp, optimizers,
                    new SplittableRandom(seed));
            SplittableRandom shocks = new SplittableRandom(100 + seed);
            double eta = olg.etaLow();
            double delta = olg.deltaLow();
            double[] k = {0.4, 0.18, 0.07, 0.03, 0.008};
            double sumLog = 0;
            double maxLog = -Double.MAX_VALUE;
            double maxShareErr = 0;
            for (int t = 0; t < PERIODS; t++) {
                double[] e = models.olgEulerErrors(olg, r.policy(), eta, delta, k);
                for (double ei : e) {
                    double l = Math.log10(Math.abs(ei));
                    sumLog += l;
                    maxLog = Math.max(maxLog, l);
                }
                double[] s = r.policy().savingsShares(eta, delta, k);
                double[] state = new double[7];
                state[0] = eta;
                state[1] = delta;
                System.arraycopy(k, 0, state, 2, 5);
                double[] x = OlgLoss.incomes(olg, state);
                for (int i = 0; i < 5; i++) {
                    maxShareErr = Math.max(maxShareErr, Math.abs(s[i] / exact[i] - 1));
                    k[i] = s[i] * x[i];
                }
                eta = shocks.nextBoolean() ? olg.etaHigh() : olg.etaLow();
                delta = shocks.nextBoolean() ? olg.deltaHigh() : olg.deltaLow();
            }
            assertThat(r.lossHistory()).hasSize(OlgConfig.defaults().totalEpisodes());
            report.append(String.format(" seed %d: log10 |e| mean %.2f, max %.2f, max share rel err %.2e;", seed,
                    sumLog / (5 * PERIODS), maxLog, maxShareErr));
            assertThat(sumLog / (5 * PERIODS)).as("mean log10 |e|" + report).isLessThanOrEqualTo(MEAN_LOG10_ERROR);
            assertThat(maxLog).as("max log10 |e|" + report).isLessThanOrEqualTo(MAX_LOG10_ERROR);
            assertThat(maxShareErr).as("max |s / s_exact - 1|" + report).isLessThan(SHARE_REL_TOL);
        }
        System.out.println("OLG:" + report);
    }

    @Test
    void badArgumentsAreRejected() {
        Network net = OlgDeqn.policyNetwork(mlp, olg, 4, new SplittableRandom(1));
        assertThatThrownBy(() -> models.olgLoss(net, olg, new double[0][]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.olgLoss(net, olg, new double[][] {{1, 0.5, 0.1}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.solveOlg(olg, OlgConfig.defaults(), mlp, optimizers, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OlgConfig(16, 64, 0, 1e-2, 10, 1e-3, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OlgConfig(16, 64, 0.1, 1e-2, 10, 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OlgPolicy policyOf(Network net) {
        return (eta, delta, k) -> {
            double[] row = new double[7];
            row[0] = eta;
            row[1] = delta;
            System.arraycopy(k, 0, row, 2, 5);
            return net.predict(OlgLoss.networkInputs(new double[][] {row}))[0];
        };
    }
}
