package dlecon.api.e3;

/**
 * Losses E(y, t) over a batch of N rows with K outputs each (y = network output, t = target), with
 * f = {@link #PROBABILITY_FLOOR}:
 * <ul>
 *   <li>MSE (no 1/2): E = 1/(N K) sum_{n,k} (y_nk - t_nk)^2, dE/dy = 2 (y - t) / (N K), for any real y and t</li>
 *   <li>BINARY_CROSS_ENTROPY: E = -1/(N K) sum [t log y_c + (1 - t) log(1 - y_c)] with y_c = min(max(y, f), 1 - f)
 *   (y clamped to [f, 1 - f], so log(0) is never taken: y = 0 or 1 gives a finite E), and
 *   dE/dy = (y_c - t) / (y_c (1 - y_c) N K), taken at the clamped y_c; meant for y in [0, 1] (logistic outputs)
 *   and t in [0, 1]</li>
 *   <li>SOFTMAX_CROSS_ENTROPY: E = -1/N sum_{n,k} t_nk log max(y_nk, f), dE/dy = -t / (N max(y, f)) (y floored at f;
 *   no upper clamp); targets are one-hot or probability rows (t &gt;= 0, each row summing to 1); meant for rows of y
 *   summing to 1 (softmax outputs), but the formulas hold for any y in [0, 1]</li>
 * </ul>
 */
public enum LossKind {
    MSE, BINARY_CROSS_ENTROPY, SOFTMAX_CROSS_ENTROPY;

    /** Smallest probability fed to a logarithm: log(1e-15) = -34.5, so one wrong sample cannot give infinity. */
    public static final double PROBABILITY_FLOOR = 1e-15;
}
