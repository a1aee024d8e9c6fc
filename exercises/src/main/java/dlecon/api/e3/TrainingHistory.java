package dlecon.api.e3;

/**
 * What a training run did (see {@link Trainer#train}).
 *
 * @param trainLoss      per epoch, the mean of the batch losses of that epoch (the values the optimizer steps
 *                       returned, each batch counted once); length {@code epochs}
 * @param validationLoss per epoch, the loss on the validation set after that epoch (NaN without a validation set);
 *                       length {@code epochs}
 * @param epochs         number of epochs run
 * @param stoppedEarly   true if Marsland's rule ended the run
 */
public record TrainingHistory(double[] trainLoss, double[] validationLoss, int epochs, boolean stoppedEarly) {

    /** Training loss after the last epoch (NaN if no epoch ran). */
    public double finalTrainLoss() {
        return epochs == 0 ? Double.NaN : trainLoss[epochs - 1];
    }
}
