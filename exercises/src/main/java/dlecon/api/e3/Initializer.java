package dlecon.api.e3;

import java.util.random.RandomGenerator;

/** Draws the initial weight matrix of a dense layer (formulas and the order of the draws in {@link InitKind}). */
public interface Initializer {

    /**
     * @param nIn  number of inputs (rows), at least 1
     * @param nOut number of outputs (columns), at least 1
     * @param rng  the only source of randomness: advanced by exactly n_in n_out draws, row by row
     * @return a new n_in x n_out matrix
     * @throws IllegalArgumentException if nIn or nOut is below 1
     * @throws NullPointerException     if rng is null
     */
    double[][] weights(int nIn, int nOut, RandomGenerator rng);
}
