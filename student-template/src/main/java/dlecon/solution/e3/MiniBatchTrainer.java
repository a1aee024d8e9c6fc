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
        throw new UnsupportedOperationException("TODO E3 the training loop: epochs of shuffled batches, one optimizer step per batch");
    }

}
