package dlecon.api.e3;

import java.util.random.RandomGenerator;

/** Draws the initial weight matrix of a dense layer (see {@link InitKind}). */
public interface Initializer {

    /**
     * @param nIn  number of inputs (rows)
     * @param nOut number of outputs (columns)
     * @param rng  the only source of randomness; entries are drawn row by row
     * @return a new n_in x n_out matrix
     */
    double[][] weights(int nIn, int nOut, RandomGenerator rng);
}
