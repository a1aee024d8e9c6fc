package dlecon.api.e3;

/**
 * Losses E(y, t) over a batch of N rows with K outputs each (y = network output, t = target):
 * <ul>
 *   <li>MSE: E = 1/(N K) sum_{n,k} (y_nk - t_nk)^2, dE/dy = 2 (y - t) / (N K)</li>
 *   <li>BINARY_CROSS_ENTROPY: E = -1/(N K) sum [t log y + (1 - t) log(1 - y)], for y in (0, 1); y is clamped to
 *   [{@link #PROBABILITY_FLOOR}, 1 - {@link #PROBABILITY_FLOOR}] so that log(0) is never taken</li>
 *   <li>SOFTMAX_CROSS_ENTROPY: E = -1/N sum_{n,k} t_nk log y_nk, for rows of y summing to 1 (softmax outputs)
 *   and one-hot (or probability) targets; y is clamped below at {@link #PROBABILITY_FLOOR}</li>
 * </ul>
 */
public enum LossKind {
    MSE, BINARY_CROSS_ENTROPY, SOFTMAX_CROSS_ENTROPY;

    /** Smallest probability fed to a logarithm: log(1e-15) = -34.5, so one wrong sample cannot give infinity. */
    public static final double PROBABILITY_FLOOR = 1e-15;
}
