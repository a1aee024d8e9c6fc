package dlecon.api.e3;

/**
 * Weight initialisers for a dense layer with n_in inputs and n_out outputs (entries drawn row by row from the
 * caller's generator):
 * <ul>
 *   <li>MARSLAND_UNIFORM (Marsland ch. 4): U(-1/sqrt(n_in), 1/sqrt(n_in)), i.e. (u - 0.5) * 2 / sqrt(n_in)</li>
 *   <li>XAVIER_UNIFORM (Glorot and Bengio 2010), for tanh and sigmoid: U(-r, r), r = sqrt(6 / (n_in + n_out))</li>
 *   <li>HE_NORMAL (He et al. 2015), for ReLU: N(0, 2 / n_in)</li>
 * </ul>
 * Biases start at 0 for every kind.
 */
public enum InitKind {
    MARSLAND_UNIFORM, XAVIER_UNIFORM, HE_NORMAL
}
