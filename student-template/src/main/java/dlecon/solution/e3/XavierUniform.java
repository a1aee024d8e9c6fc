package dlecon.solution.e3;

import dlecon.api.e3.Initializer;
import java.util.random.RandomGenerator;

/**
 * Xavier/Glorot uniform (Glorot and Bengio 2010), for tanh and sigmoid: w = (u - 0.5) * 2 r with
 * r = sqrt(6 / (n_in + n_out)), u ~ U[0, 1), i.e. U(-r, r) with variance r^2 / 3 = 2 / (n_in + n_out).
 */
final class XavierUniform implements Initializer {

    @Override
    public double[][] weights(int nIn, int nOut, RandomGenerator rng) {
        Shapes.requireLayerSize(nIn, nOut, rng);
        throw new UnsupportedOperationException("TODO E3 Xavier uniform initialisation, row by row");
    }
}
