package dlecon.solution.e3;

import dlecon.api.e3.Initializer;
import java.util.random.RandomGenerator;

/** Marsland's initialiser: w = (u - 0.5) * 2 / sqrt(n_in), u ~ U[0, 1), i.e. U(-1/sqrt(n_in), 1/sqrt(n_in)). */
final class MarslandUniform implements Initializer {

    @Override
    public double[][] weights(int nIn, int nOut, RandomGenerator rng) {
        Shapes.requireLayerSize(nIn, nOut, rng);
        throw new UnsupportedOperationException("TODO E3 Marsland's uniform initialisation, row by row");
    }
}
