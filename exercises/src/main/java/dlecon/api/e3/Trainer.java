package dlecon.api.e3;

import dlecon.api.data.Dataset;
import dlecon.api.nn.Optimizer;
import java.util.random.RandomGenerator;

/** The training loop of E3. */
public interface Trainer {

    /**
     * Trains {@code network} on {@code train}: for each epoch, (if {@code config.shuffle()}) permute the rows with
     * {@code rng}, cut them into batches of {@code config.batchSize()}, and for each batch take one
     * {@code optimizer.step} whose objective is {@code network.lossAndGradients(xb, tb, loss, true)}. After each
     * epoch the validation loss (inference pass, same loss) is recorded when {@code validation} is not null.
     * With {@code config.earlyStopping()} set, runs Marsland's rule on that validation loss (validation required).
     *
     * @param network    modified (its parameters are trained)
     * @param validation may be null unless early stopping is on
     * @param rng        the only source of randomness of the loop (shuffling)
     * @return the per-epoch history
     * @throws IllegalArgumentException if early stopping is requested without a validation set
     */
    TrainingHistory train(Network network, Loss loss, Optimizer optimizer, Dataset train, Dataset validation,
                          TrainingConfig config, RandomGenerator rng);
}
