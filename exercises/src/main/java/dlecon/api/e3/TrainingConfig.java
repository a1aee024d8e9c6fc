package dlecon.api.e3;

/**
 * How {@link Trainer#train} runs.
 *
 * @param epochs        number of passes over the training data (ignored when {@code earlyStopping} is set)
 * @param batchSize     rows per gradient step: {@link #FULL_BATCH} (0) for batch gradient descent, 1 for one-point
 *                      SGD, anything between for mini-batches (the last batch of an epoch may be smaller)
 * @param shuffle       reshuffle the training rows at the start of every epoch (with the trainer's generator)
 * @param earlyStopping Marsland's rule on the validation set, or null to run exactly {@code epochs} epochs
 */
public record TrainingConfig(int epochs, int batchSize, boolean shuffle, EarlyStopping earlyStopping) {

    /** Batch size meaning "the whole training set". */
    public static final int FULL_BATCH = 0;

    public TrainingConfig {
        if (epochs < 0 || batchSize < 0) {
            throw new IllegalArgumentException("epochs and batchSize must be non-negative");
        }
    }

    /** Defaults: 100 epochs, mini-batches of 32, shuffled, no early stopping. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(100, 32, true, null);
    }

    public TrainingConfig withEpochs(int e) {
        return new TrainingConfig(e, batchSize, shuffle, earlyStopping);
    }

    public TrainingConfig withBatchSize(int b) {
        return new TrainingConfig(epochs, b, shuffle, earlyStopping);
    }

    public TrainingConfig withShuffle(boolean s) {
        return new TrainingConfig(epochs, batchSize, s, earlyStopping);
    }

    public TrainingConfig withEarlyStopping(EarlyStopping es) {
        return new TrainingConfig(epochs, batchSize, shuffle, es);
    }
}
