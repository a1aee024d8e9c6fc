package dlecon.api.e3;

/**
 * Weight initialisers for a dense layer with n_in inputs and n_out outputs. Every entry is one draw from the caller's
 * generator, taken row by row (W[0][0], W[0][1], ..., W[0][n_out-1], W[1][0], ...), and nothing else is drawn:
 * <ul>
 *   <li>MARSLAND_UNIFORM (Marsland ch. 4): (u - 0.5) * 2 / sqrt(n_in), i.e. U(-1/sqrt(n_in), 1/sqrt(n_in)),
 *   u = {@code rng.nextDouble()}</li>
 *   <li>XAVIER_UNIFORM (Glorot and Bengio 2010), for tanh and sigmoid: (u - 0.5) * 2 r with r = sqrt(6 / (n_in +
 *   n_out)), i.e. U(-r, r), u = {@code rng.nextDouble()}</li>
 *   <li>HE_NORMAL (He et al. 2015), for ReLU: sqrt(2 / n_in) z, i.e. N(0, 2 / n_in), z = {@code rng.nextGaussian()}</li>
 * </ul>
 * Biases start at 0 for every kind.
 */
public enum InitKind {
    MARSLAND_UNIFORM, XAVIER_UNIFORM, HE_NORMAL
}
