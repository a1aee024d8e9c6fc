package dlecon.reference.run;

import dlecon.api.e6.GenzFamily;

/**
 * One surrogate fit of the Genz experiment.
 *
 * @param family       the Genz function
 * @param d            dimension
 * @param n            number of training points
 * @param seed         seed of the run
 * @param meanAbsError mean |s - f| on the test points
 * @param maxAbsError  max |s - f| on the test points
 * @param trainingLoss MSE training loss of the last epoch
 */
public record GenzRecord(GenzFamily family, int d, int n, int seed, double meanAbsError, double maxAbsError,
                         double trainingLoss) {
}
