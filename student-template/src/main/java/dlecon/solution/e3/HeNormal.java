package dlecon.solution.e3;

import dlecon.api.e3.Initializer;
import java.util.random.RandomGenerator;

/** He normal (He et al. 2015), for ReLU: w = sqrt(2 / n_in) z with z = {@code rng.nextGaussian()}, i.e. N(0, 2/n_in). */
final class HeNormal implements Initializer {

    @Override
    public double[][] weights(int nIn, int nOut, RandomGenerator rng) {
        Shapes.requireLayerSize(nIn, nOut, rng);
        throw new UnsupportedOperationException("TODO E3 He normal initialisation, row by row");
    }
}
