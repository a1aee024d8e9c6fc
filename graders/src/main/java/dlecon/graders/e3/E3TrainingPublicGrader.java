package dlecon.graders.e3;

import dlecon.api.Exercise;
import dlecon.api.data.Dataset;
import dlecon.api.data.Preprocessing;
import dlecon.api.e3.EarlyStopping;
import dlecon.api.e3.Loss;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.TrainingConfig;
import dlecon.api.e3.TrainingHistory;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Objective;
import dlecon.api.nn.Optimizer;
import dlecon.api.nn.Parameter;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public E3 graders of the training loop, observed through the grader's recording network: row i of the training
 * set is x = i + 1/4, t = i, so each batch shows which rows it holds; the loss of a training batch is the mean of its
 * t; an optimizer step adds 1 to the network's only parameter theta, so theta counts the steps; and the validation loss
 * is a scripted table indexed by theta, so the history shows when it was taken.
 */
@GraderSuite(exercise = Exercise.E3, visibility = Visibility.PUBLIC)
class E3TrainingPublicGrader {

    /** An epoch's training loss is the mean of at most 10 batch means of integers: a few roundings, 1e-14 is ample. */
    static final double HISTORY_REL = 1e-14;

    @Test
    @DisplayName("trainer: batches of B rows cut from one permutation per epoch (the last one smaller), one optimizer "
            + "step each, and the history of mean batch losses and validation losses, for one and several epochs")
    @Graded(points = 1.5, category = "training loop", task = Tasks.TRAINING,
            hint = "per epoch: order = Preprocessing.permutation(N, rng) if shuffling (else 0..N-1); consecutive "
                    + "batches of B rows (B = 0 or B > N: all rows); one optimizer.step(network.parameters(), () -> "
                    + "network.lossAndGradients(xb, tb, loss, true)) per batch; trainLoss = mean of the step values; "
                    + "validationLoss = loss.value(network.predict(validation x), validation t), NaN without")
    void trainerBatchesAndHistory(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        int[][] runs = {{10, 4, 1, 3, 1}, {10, TrainingConfig.FULL_BATCH, 0, 2, 0}, {7, 1, 1, 1, 1},
            {5, 8, 1, 2, 1}, {6, 3, 0, 0, 1}, {9, 2, 0, 4, 1}, {8, 3, 1, 2, 0}};
        for (int[] r : runs) {
            Probe probe = new Probe();
            probe.train(mlp, r[0], new TrainingConfig(r[3], r[1], r[2] == 1, null), r[4] == 1, rng.nextLong());
            probe.expectEpochs(r[3], false);
        }
    }

    @Test
    @DisplayName("trainer with early stopping: blocks of epochs until the validation loss stops improving by more "
            + "than the tolerance, or the block limit")
    @Graded(points = 0.5, category = "early stopping", task = Tasks.EARLY_STOPPING,
            hint = "before each block: go on while (e1 - e_new) > tol or (e2 - e1) > tol (start e2 = 100002, "
                    + "e1 = 100001, e_new = 100000) and fewer than maxBlocks blocks ran; after a block of "
                    + "epochsPerCheck epochs shift e2 <- e1, e1 <- e_new, e_new <- the last validation loss")
    void earlyStoppingStopsOnAPlateau(MlpFactory mlp, TestSeed seed) {
        // after blocks 3, 4, 5: (e2, e1, e_new) = (10, 8, 7.5), (8, 7.5, 7.5), (7.5, 7.5, 7.5): stop after 5 blocks
        earlyStopping(mlp, seed, new EarlyStopping(3, 0.25, 100), new double[] {10, 8, 7.5, 7.5, 7.5, 7.5}, 5, true);
        // still improving when the limit of 4 blocks is reached
        earlyStopping(mlp, seed, new EarlyStopping(2, 0.25, 4), new double[] {10, 8, 6, 4, 2, 1}, 4, false);
    }

    /**
     * Runs early stopping on full batches with the validation loss after block b equal to {@code blocks[b - 1]}
     * (and other values after the other epochs) and checks the number of blocks and the flag.
     */
    static void earlyStopping(MlpFactory mlp, TestSeed seed, EarlyStopping rule, double[] blocks, int expectedBlocks,
                              boolean stoppedEarly) {
        Probe probe = new Probe();
        int c = rule.epochsPerCheck();
        probe.table = new double[c * blocks.length + 2];
        for (int s = 0; s < probe.table.length; s++) {
            probe.table[s] = s % c == 0 && s > 0 && s / c <= blocks.length ? blocks[s / c - 1] : 1000 + s;
        }
        probe.train(mlp, 3, new TrainingConfig(1, TrainingConfig.FULL_BATCH, false, rule), true, seed.value());
        probe.expectEpochs(expectedBlocks * c, stoppedEarly);
    }

    /** The recording network, its loss and optimizer, and what one training run showed. */
    static final class Probe implements Network {
        private final ArrayParameter theta = ArrayParameter.zeros("theta", 1, 1);
        private final List<int[]> batches = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private boolean inStep;
        /** Validation loss after s optimizer steps. */
        double[] table;
        private String run;
        private TrainingHistory history;
        private List<int[]> expectedBatches;
        private SplittableRandom used;
        private SplittableRandom replay;
        private Dataset train;
        private boolean validated;

        /** Trains on n rows; the expected batches are derived from the configuration and a replay of the seed. */
        void train(MlpFactory mlp, int n, TrainingConfig config, boolean validation, long seed) {
            double[][] x = new double[n][1];
            double[][] t = new double[n][1];
            for (int i = 0; i < n; i++) {
                x[i][0] = i + 0.25;
                t[i][0] = i;
            }
            train = new Dataset(x, t);
            validated = validation;
            if (table == null) {
                table = new double[100 * n + 1];
                for (int s = 0; s < table.length; s++) {
                    table[s] = 7.5 + s;
                }
            }
            run = "N = " + n + ", " + config + (validation ? ", with" : ", without") + " validation set: ";
            used = new SplittableRandom(seed);
            replay = new SplittableRandom(seed);
            Dataset valid = validation ? new Dataset(new double[][] {{-1.75}}, new double[][] {{-1}}) : null;
            history = mlp.trainer().train(this, new ScriptedLoss(), new Stepper(), train, valid, config, used);
            Expect.that(run + "history", history != null, "a history", "null");
            expectedBatches = new ArrayList<>();
            int b = config.batchSize() == TrainingConfig.FULL_BATCH || config.batchSize() > n ? n : config.batchSize();
            int epochs = config.earlyStopping() == null ? config.epochs() : history.epochs();
            for (int e = 0; e < epochs; e++) {
                int[] order = config.shuffle() ? Preprocessing.permutation(n, replay) : identity(n);
                for (int start = 0; start < n; start += b) {
                    expectedBatches.add(Arrays.copyOfRange(order, start, Math.min(n, start + b)));
                }
            }
        }

        /** Checks the epochs, the batches, the history and the generator. */
        void expectEpochs(int epochs, boolean stoppedEarly) {
            Expect.that(run + "epochs run", history.epochs() == epochs, Integer.toString(epochs),
                    Integer.toString(history.epochs()));
            Expect.that(run + "history lengths", history.trainLoss() != null && history.validationLoss() != null
                    && history.trainLoss().length == epochs && history.validationLoss().length == epochs,
                    epochs + " and " + epochs, (history.trainLoss() == null ? "null" : history.trainLoss().length)
                            + " and " + (history.validationLoss() == null ? "null" : history.validationLoss().length));
            Expect.that(run + "problems seen by the recording network", problems.isEmpty(), "none",
                    problems.toString());
            Expect.that(run + "optimizer steps", batches.size() == expectedBatches.size(),
                    Integer.toString(expectedBatches.size()), Integer.toString(batches.size()));
            int step = 0;
            int perEpoch = expectedBatches.size() / Math.max(1, epochs);
            for (int e = 0; e < epochs; e++) {
                double sum = 0;
                for (int k = 0; k < perEpoch; k++, step++) {
                    int[] want = expectedBatches.get(step);
                    Expect.that(run + "rows of batch " + k + " of epoch " + e, Arrays.equals(batches.get(step), want),
                            Arrays.toString(want), Arrays.toString(batches.get(step)));
                    sum += Arrays.stream(want).average().orElse(Double.NaN);
                }
                Expect.close(run + "trainLoss[" + e + "] (mean of the batch losses)", history.trainLoss()[e],
                        sum / perEpoch, HISTORY_REL, 0);
                double valid = validated ? table[step] : Double.NaN;
                Expect.that(run + "validationLoss[" + e + "] (after the epoch's last step)",
                        Double.compare(history.validationLoss()[e], valid) == 0, Double.toString(valid),
                        Double.toString(history.validationLoss()[e]));
            }
            Expect.that(run + "stoppedEarly", history.stoppedEarly() == stoppedEarly, Boolean.toString(stoppedEarly),
                    Boolean.toString(history.stoppedEarly()));
            Expect.that(run + "draws from the trainer's generator (one permutation per epoch when shuffling)",
                    used.nextLong() == replay.nextLong(), "the replay's next draw", "another draw");
        }

        private static int[] identity(int n) {
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            return p;
        }

        @Override
        public List<Layer> layers() {
            return List.of();
        }

        @Override
        public String name() {
            return "the grader's recording network";
        }

        @Override
        public int inputSize() {
            return 1;
        }

        @Override
        public int outputSize() {
            return 1;
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(theta);
        }

        /** One output per row: theta, the number of steps so far. */
        @Override
        public double[][] forward(double[][] x, boolean training) {
            if (x.length > 0 && x[0][0] < 0 && training) {
                problems.add("validation pass with training = true");
            }
            double[][] y = new double[x.length][1];
            for (double[] row : y) {
                row[0] = theta.values()[0];
            }
            return y;
        }

        @Override
        public double[][] backward(double[][] gradOutput) {
            throw new UnsupportedOperationException("the trainer does not call backward");
        }

        @Override
        public double lossAndGradients(double[][] x, double[][] t, Loss loss, boolean training) {
            if (!training) {
                problems.add("lossAndGradients with training = false");
            }
            int[] ids = new int[t.length];
            for (int r = 0; r < t.length; r++) {
                ids[r] = (int) t[r][0];
                if (x[r][0] != t[r][0] + 0.25) {
                    problems.add("row " + r + " of a batch: x = " + x[r][0] + " does not belong to t = " + t[r][0]);
                }
            }
            if (inStep) {
                batches.add(ids);
            }
            theta.gradients()[0] = 1;
            return loss.value(forward(x, training), t);
        }

        /** Training batches: the mean of t; the validation set (t = -1): the table at y = theta. */
        private final class ScriptedLoss implements Loss {
            @Override
            public double value(double[][] y, double[][] t) {
                if (t[0][0] < 0) {
                    return table[(int) y[0][0]];
                }
                return Arrays.stream(t).mapToDouble(r -> r[0]).average().orElse(Double.NaN);
            }

            @Override
            public double[][] gradient(double[][] y, double[][] t) {
                return new double[y.length][1];
            }
        }

        /** Evaluates the objective once, then adds 1 to theta. */
        private final class Stepper implements Optimizer {
            private int steps;

            @Override
            public double step(List<? extends Parameter> parameters, Objective objective) {
                if (!parameters.equals(List.of(theta))) {
                    problems.add("optimizer.step called with parameters other than network.parameters()");
                }
                inStep = true;
                double e = objective.evaluate();
                inStep = false;
                theta.values()[0] += 1;
                steps++;
                return e;
            }

            @Override
            public int steps() {
                return steps;
            }
        }
    }
}
