package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.data.Dataset;
import dlecon.api.data.Preprocessing;
import dlecon.api.e3.EarlyStopping;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.e3.TrainingConfig;
import dlecon.api.e3.TrainingHistory;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.nn.Objective;
import dlecon.api.nn.Optimizer;
import dlecon.api.nn.Parameter;
import dlecon.solution.e4.OptimizerSolution;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The training loop's semantics, observed through a loss that records every batch it sees (the rows are
 * identified by their target, t_i = i) and an optimizer that counts its steps.
 */
class TrainerTest {

    private final MlpFactory f = new MlpSolution();

    /** MSE that records, for each training call of value(), the ids (targets) of the rows and the value. */
    private static final class RecordingLoss implements Loss {
        private final Loss mse = new MlpSolution().loss(LossKind.MSE);
        final List<int[]> batches = new ArrayList<>();
        final List<Double> values = new ArrayList<>();
        boolean recording = true;

        @Override
        public double value(double[][] y, double[][] t) {
            double v = mse.value(y, t);
            if (recording) {
                int[] ids = new int[t.length];
                for (int i = 0; i < t.length; i++) {
                    ids[i] = (int) t[i][0];
                }
                batches.add(ids);
                values.add(v);
            }
            return v;
        }

        @Override
        public double[][] gradient(double[][] y, double[][] t) {
            return mse.gradient(y, t);
        }
    }

    /** Plain gradient descent with a small rate that counts its steps. */
    private static final class CountingSgd implements Optimizer {
        int steps;

        @Override
        public double step(List<? extends Parameter> parameters, Objective objective) {
            double e = objective.evaluate();
            for (Parameter p : parameters) {
                for (int i = 0; i < p.size(); i++) {
                    p.values()[i] -= 1e-4 * p.gradients()[i];
                }
            }
            steps++;
            return e;
        }

        @Override
        public int steps() {
            return steps;
        }
    }

    /** n rows x_i = (i / n), t_i = i. */
    private static Dataset ids(int n) {
        double[][] x = new double[n][1];
        double[][] t = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = (double) i / n;
            t[i][0] = i;
        }
        return new Dataset(x, t);
    }

    private Network linear(long seed) {
        return f.network(List.of(f.dense(1, 1, InitKind.XAVIER_UNIFORM, new SplittableRandom(seed)),
                f.outputLayer(OutputKind.IDENTITY)));
    }

    private List<int[]> batchesOf(int batchSize, int epochs, boolean shuffle, long seed) {
        RecordingLoss loss = new RecordingLoss();
        CountingSgd sgd = new CountingSgd();
        TrainingHistory h = f.trainer().train(linear(1), loss, sgd, ids(10), null,
                new TrainingConfig(epochs, batchSize, shuffle, null), new SplittableRandom(seed));
        assertThat(sgd.steps).as("one optimizer step per batch").isEqualTo(loss.batches.size());
        assertThat(h.epochs()).isEqualTo(epochs);
        return loss.batches;
    }

    @Test
    void fullBatchTakesOneStepPerEpochOverAllRowsInOrder() {
        List<int[]> batches = batchesOf(TrainingConfig.FULL_BATCH, 3, false, 1);
        assertThat(batches).hasSize(3).allSatisfy(b -> assertThat(b).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void oneBatchIsCappedAtTheDataSize() {
        assertThat(batchesOf(32, 2, false, 1)).hasSize(2).allSatisfy(b -> assertThat(b).hasSize(10));
    }

    @Test
    void miniBatchesCutTheRowsAndTheLastMayBeSmaller() {
        List<int[]> batches = batchesOf(4, 2, false, 1);
        // ceil(10 / 4) = 3 steps per epoch
        assertThat(batches).hasSize(6);
        assertThat(batches.get(0)).containsExactly(0, 1, 2, 3);
        assertThat(batches.get(1)).containsExactly(4, 5, 6, 7);
        assertThat(batches.get(2)).containsExactly(8, 9);
    }

    @Test
    void onePointSgdTakesOneStepPerRow() {
        List<int[]> batches = batchesOf(1, 2, false, 1);
        assertThat(batches).hasSize(20).allSatisfy(b -> assertThat(b).hasSize(1));
        assertThat(batches.get(13)).containsExactly(3);
    }

    @Test
    void shufflingDrawsOnePermutationPerEpochFromTheCallersGenerator() {
        List<int[]> batches = batchesOf(3, 3, true, 77);
        SplittableRandom same = new SplittableRandom(77);
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] expected = Preprocessing.permutation(10, same);
            int[] seen = new int[10];
            int filled = 0;
            for (int b = 0; b < 4; b++) {
                for (int id : batches.get(4 * epoch + b)) {
                    seen[filled++] = id;
                }
            }
            assertThat(seen).as("rows seen in epoch %d", epoch).containsExactly(expected);
        }
        assertThat(batchesOf(3, 3, true, 77)).as("same seed, same batches")
                .usingRecursiveFieldByFieldElementComparator().isEqualTo(batches);
        List<int[]> other = batchesOf(3, 3, true, 78);
        assertThat(other.get(0)).as("another seed, another order").isNotEqualTo(batches.get(0));
    }

    @Test
    void historyRecordsMeanBatchLossesAndValidationLosses() {
        RecordingLoss loss = new RecordingLoss();
        Network net = linear(2);
        Dataset valid = ids(4);
        Optimizer sgd = new OptimizerSolution().create(new OptimizerConfig.Sgd(1e-3));
        TrainingHistory h = f.trainer().train(net, loss, sgd, ids(10), valid, new TrainingConfig(3, 4, true, null),
                new SplittableRandom(3));
        assertThat(h.epochs()).isEqualTo(3);
        assertThat(h.trainLoss()).hasSize(3);
        // The recording loss also sees the validation pass after each epoch: 3 training batches, then 1 validation.
        for (int epoch = 0; epoch < 3; epoch++) {
            List<Double> v = loss.values.subList(4 * epoch, 4 * epoch + 3);
            double mean = (v.get(0) + v.get(1) + v.get(2)) / 3;
            assertThat(h.trainLoss()[epoch]).as("epoch %d mean batch loss", epoch).isEqualTo(mean);
            assertThat(h.validationLoss()[epoch]).isEqualTo(loss.values.get(4 * epoch + 3));
        }
        loss.recording = false;
        assertThat(h.validationLoss()[2]).isEqualTo(loss.value(net.predict(valid.x()), valid.t()));
        assertThat(h.finalTrainLoss()).isEqualTo(h.trainLoss()[2]);
        assertThat(h.stoppedEarly()).isFalse();

        TrainingHistory noValidation = f.trainer().train(linear(2), loss, sgd(), ids(10), null,
                new TrainingConfig(2, 4, true, null), new SplittableRandom(3));
        assertThat(noValidation.validationLoss()).hasSize(2).containsOnly(Double.NaN);
    }

    private static Optimizer sgd() {
        return new OptimizerSolution().create(new OptimizerConfig.Sgd(1e-3));
    }

    @Test
    void trainingLowersTheLoss() {
        TrainingHistory h = f.trainer().train(linear(4), f.loss(LossKind.MSE),
                new OptimizerSolution().create(new OptimizerConfig.Sgd(0.05)), scaled(), null,
                new TrainingConfig(200, 5, true, null), new SplittableRandom(4));
        assertThat(h.trainLoss()[199]).isLessThan(0.1 * h.trainLoss()[0]);
    }

    /** y = 2 x + 1 on 20 points, learnable by the linear network. */
    private static Dataset scaled() {
        double[][] x = new double[20][1];
        double[][] t = new double[20][1];
        for (int i = 0; i < 20; i++) {
            x[i][0] = i / 10.0 - 1;
            t[i][0] = 2 * x[i][0] + 1;
        }
        return new Dataset(x, t);
    }

    @Test
    void earlyStoppingStopsOnAPlateau() {
        // Adam on a learnable line: the validation loss falls, flattens within the tolerance, and the rule stops
        // long before the block limit. Epochs come in whole blocks; the rule needs at least three blocks.
        EarlyStopping rule = new EarlyStopping(10, 1e-3, 500);
        TrainingHistory h = f.trainer().train(linear(5), f.loss(LossKind.MSE),
                new OptimizerSolution().create(OptimizerConfig.Adam.withEta(0.05)), scaled(), scaled(),
                TrainingConfig.defaults().withEarlyStopping(rule).withBatchSize(5), new SplittableRandom(5));
        assertThat(h.stoppedEarly()).isTrue();
        assertThat(h.epochs() % 10).isZero();
        assertThat(h.epochs()).isBetween(30, 490);
        assertThat(h.trainLoss()).hasSize(h.epochs());
        assertThat(h.validationLoss()).hasSize(h.epochs()).doesNotContain(Double.NaN);
    }

    @Test
    void earlyStoppingHonoursTheBlockLimit() {
        // The rule always asks for a third block, so a limit of 2 blocks ends the run, not the rule.
        TrainingHistory h = f.trainer().train(linear(6), f.loss(LossKind.MSE), sgd(), scaled(), scaled(),
                new TrainingConfig(1, 0, false, new EarlyStopping(7, 1e-3, 2)), new SplittableRandom(6));
        assertThat(h.epochs()).isEqualTo(14);
        assertThat(h.stoppedEarly()).isFalse();
    }

    @Test
    void badArguments() {
        assertThatThrownBy(() -> f.trainer().train(linear(7), f.loss(LossKind.MSE), sgd(), scaled(), null,
                TrainingConfig.defaults().withEarlyStopping(EarlyStopping.marsland()), new SplittableRandom(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validation");
        assertThatThrownBy(() -> f.trainer().train(linear(7), f.loss(LossKind.MSE), sgd(),
                new Dataset(new double[0][], new double[0][]), null, TrainingConfig.defaults(), new SplittableRandom(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        TrainingHistory none = f.trainer().train(linear(7), f.loss(LossKind.MSE), sgd(), scaled(), null,
                TrainingConfig.defaults().withEpochs(0), new SplittableRandom(7));
        assertThat(none.epochs()).isZero();
        assertThat(none.finalTrainLoss()).isNaN();
    }
}
