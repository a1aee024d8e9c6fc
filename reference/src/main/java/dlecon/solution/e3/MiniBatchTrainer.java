package dlecon.solution.e3;

import dlecon.api.data.Dataset;
import dlecon.api.data.Preprocessing;
import dlecon.api.e3.Loss;
import dlecon.api.e3.Network;
import dlecon.api.e3.Trainer;
import dlecon.api.e3.TrainingConfig;
import dlecon.api.e3.TrainingHistory;
import dlecon.api.nn.Optimizer;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The E3 training loop: batch (batch size 0 = N), mini-batch or one-point (batch size 1) gradient descent.
 * Each epoch permutes the rows with {@link Preprocessing#permutation} (when shuffling), cuts them into consecutive
 * batches of B rows (the last may be smaller, ceil(N / B) steps per epoch), and takes one optimizer step per
 * batch; then records the mean batch loss and the validation loss (inference pass). With early stopping it runs
 * blocks of {@code epochsPerCheck} epochs under {@link EarlyStoppingRule}. Modifies the network's parameters.
 */
final class MiniBatchTrainer implements Trainer {

    @Override
    public TrainingHistory train(Network network, Loss loss, Optimizer optimizer, Dataset train,
                                 Dataset validation, TrainingConfig config, RandomGenerator rng) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(rng, "rng");
        if (train.size() == 0) {
            throw new IllegalArgumentException("the training set is empty");
        }
        if (config.earlyStopping() != null && validation == null) {
            throw new IllegalArgumentException("early stopping needs a validation set");
        }
        // BEGIN SOLUTION: E3 the training loop: epochs of shuffled batches, one optimizer step per batch
        Epochs epochs = new Epochs(network, loss, optimizer, train, validation, config, rng);
        if (config.earlyStopping() == null) {
            for (int e = 0; e < config.epochs(); e++) {
                epochs.run();
            }
            return epochs.history(false);
        }
        EarlyStoppingRule rule = new EarlyStoppingRule(config.earlyStopping());
        while (rule.shouldContinue()) {
            for (int e = 0; e < config.earlyStopping().epochsPerCheck(); e++) {
                epochs.run();
            }
            rule.record(epochs.lastValidationLoss());
        }
        return epochs.history(rule.stoppedByRule());
        // END SOLUTION
    }

    // BEGIN REMOVE
    /** One training run's epochs and what they recorded. */
    private static final class Epochs {
        private final Network network;
        private final Loss loss;
        private final Optimizer optimizer;
        private final Dataset train;
        private final Dataset validation;
        private final boolean shuffle;
        private final int batchSize;
        private final RandomGenerator rng;
        private double[] trainLoss = new double[16];
        private double[] validationLoss = new double[16];
        private int count;

        Epochs(Network network, Loss loss, Optimizer optimizer, Dataset train, Dataset validation,
               TrainingConfig config, RandomGenerator rng) {
            this.network = network;
            this.loss = loss;
            this.optimizer = optimizer;
            this.train = train;
            this.validation = validation;
            this.shuffle = config.shuffle();
            int n = train.size();
            this.batchSize = config.batchSize() == TrainingConfig.FULL_BATCH ? n : Math.min(config.batchSize(), n);
            this.rng = rng;
        }

        void run() {
            int n = train.size();
            int[] order = shuffle ? Preprocessing.permutation(n, rng) : null;
            double sum = 0;
            int batches = 0;
            for (int start = 0; start < n; start += batchSize) {
                int size = Math.min(batchSize, n - start);
                double[][] xb;
                double[][] tb;
                if (order == null && size == n) {
                    xb = train.x();
                    tb = train.t();
                } else {
                    xb = new double[size][];
                    tb = new double[size][];
                    for (int i = 0; i < size; i++) {
                        int row = order == null ? start + i : order[start + i];
                        xb[i] = train.x()[row];
                        tb[i] = train.t()[row];
                    }
                }
                sum += optimizer.step(network.parameters(), () -> network.lossAndGradients(xb, tb, loss, true));
                batches++;
            }
            if (count == trainLoss.length) {
                trainLoss = Arrays.copyOf(trainLoss, 2 * count);
                validationLoss = Arrays.copyOf(validationLoss, 2 * count);
            }
            trainLoss[count] = sum / batches;
            validationLoss[count] = validation == null ? Double.NaN
                    : loss.value(network.predict(validation.x()), validation.t());
            count++;
        }

        double lastValidationLoss() {
            return validationLoss[count - 1];
        }

        TrainingHistory history(boolean stoppedEarly) {
            return new TrainingHistory(Arrays.copyOf(trainLoss, count), Arrays.copyOf(validationLoss, count),
                    count, stoppedEarly);
        }
    }
    // END REMOVE
}
