package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.data.Dataset;
import dlecon.api.data.LogicTables;
import dlecon.api.data.Preprocessing;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.EarlyStopping;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.e3.TrainingConfig;
import dlecon.api.e4.OptimizerConfig;
import dlecon.solution.e4.OptimizerSolution;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Training works end to end, judged over several fixed seeds (k of n must pass, never one seed). Measured with the
 * reference: XOR reached 100% in 19 of seeds 1..20 (all of 1..10), Iris reached at least 85% test accuracy in 20 of
 * 20 seeds (minimum 89.2%).
 */
class TrainingConvergenceTest {

    private static final int SEEDS = 10;
    /** XOR: at least 9 of 10 seeds must classify all four inputs correctly. */
    private static final int XOR_REQUIRED = 9;
    /** Iris: at least 9 of 10 seeds must reach the course's 85% test accuracy (course-spec section 8). */
    private static final int IRIS_REQUIRED = 9;
    private static final double IRIS_ACCURACY = 0.85;

    private final MlpFactory f = new MlpSolution();

    @Test
    void xorIsLearnedByATwoLayerNetwork() {
        // 2-4-1, tanh hidden, logistic output, binary cross-entropy, full-batch Adam (eta 0.05), 300 epochs.
        Dataset xor = LogicTables.xor();
        List<Long> failed = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            Network net = f.network(List.of(f.dense(2, 4, InitKind.XAVIER_UNIFORM, rng),
                    f.activationLayer(ActivationKind.TANH), f.dense(4, 1, InitKind.XAVIER_UNIFORM, rng),
                    f.outputLayer(OutputKind.LOGISTIC)));
            f.trainer().train(net, f.loss(LossKind.BINARY_CROSS_ENTROPY),
                    new OptimizerSolution().create(OptimizerConfig.Adam.withEta(0.05)), xor, null,
                    new TrainingConfig(300, TrainingConfig.FULL_BATCH, false, null), rng);
            if (f.accuracy(f.confusionMatrix(net.predict(xor.x()), xor.t())) != 1.0) {
                failed.add(seed);
            }
        }
        assertThat(SEEDS - failed.size()).as("seeds reaching 100%% on XOR (failed: %s)", failed)
                .isGreaterThanOrEqualTo(XOR_REQUIRED);
    }

    @Test
    void irisReachesTheCourseAccuracy() {
        // Marsland's pipeline (normalise, shuffle, split 50/25/25), 4-5-3 with sigmoid hidden units and softmax
        // output, softmax cross-entropy, Adam (eta 0.01) on shuffled mini-batches of 16, Marsland's early stopping
        // in blocks of 20 epochs on the validation set.
        List<String> failed = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            Preprocessing.Split split = Preprocessing.irisSplit(rng);
            Network net = f.network(List.of(f.dense(4, 5, InitKind.XAVIER_UNIFORM, rng),
                    f.activationLayer(ActivationKind.SIGMOID), f.dense(5, 3, InitKind.XAVIER_UNIFORM, rng),
                    f.outputLayer(OutputKind.SOFTMAX)));
            f.trainer().train(net, f.loss(LossKind.SOFTMAX_CROSS_ENTROPY),
                    new OptimizerSolution().create(OptimizerConfig.Adam.withEta(0.01)), split.train(),
                    split.validation(), new TrainingConfig(0, 16, true, new EarlyStopping(20, 0.001, 100)), rng);
            double accuracy = f.accuracy(f.confusionMatrix(net.predict(split.test().x()), split.test().t()));
            if (accuracy < IRIS_ACCURACY) {
                failed.add(seed + ": " + accuracy);
            }
        }
        assertThat(SEEDS - failed.size()).as("seeds reaching %.0f%% on the Iris test set (failed: %s)",
                100 * IRIS_ACCURACY, failed).isGreaterThanOrEqualTo(IRIS_REQUIRED);
    }
}
