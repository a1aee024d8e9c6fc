package dlecon.api.e6;

/**
 * How well a trained surrogate s approximates a Genz function f, on M uniform test points x_m of [0,1]^d.
 *
 * @param meanAbsError  (1/M) sum_m |s(x_m) - f(x_m)|
 * @param maxAbsError   max_m |s(x_m) - f(x_m)|
 * @param trainingLoss  the MSE training loss of the last epoch (mean of its batch losses)
 * @param trainingPoints the number n of training points
 */
public record SurrogateError(double meanAbsError, double maxAbsError, double trainingLoss, int trainingPoints) {
}
