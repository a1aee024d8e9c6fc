package dlecon.solution.e6;

import dlecon.api.e3.MlpFactory;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzFunction;
import dlecon.api.e6.GenzParameters;
import dlecon.api.e6.SurrogateConfig;
import dlecon.api.e6.SurrogateError;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** E6 entry point: the six Genz functions, parameter normalisation and drawing, erf, and the surrogate experiment. */
public final class GenzSolution implements GenzFactory {

    /** Public no-argument constructor, as {@link dlecon.api.Exercise#E6} requires. */
    public GenzSolution() {
    }

    @Override
    public GenzFunction create(GenzFamily family, GenzParameters parameters) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(parameters, "parameters");
        switch (family) {
            case OSCILLATORY:
                return new Oscillatory(parameters);
            case PRODUCT_PEAK:
                return new ProductPeak(parameters);
            case CORNER_PEAK:
                return new CornerPeak(parameters);
            case GAUSSIAN:
                return new Gaussian(parameters);
            case CONTINUOUS:
                return new Continuous(parameters);
            case DISCONTINUOUS:
                return new Discontinuous(parameters);
            default:
                throw new IllegalArgumentException("unknown Genz family " + family);
        }
    }

    @Override
    public GenzParameters normalise(GenzFamily family, GenzParameters raw) {
        throw new UnsupportedOperationException("TODO E6 rescale c to sum b_j(d) and w to sum 1");
    }

    @Override
    public GenzParameters drawParameters(GenzFamily family, int d, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO E6 draw c_1..c_d then w_1..w_d ~ U[0,1) and normalise");
    }

    @Override
    public double erf(double x) {
        return Erf.erf(x);
    }

    @Override
    public SurrogateError surrogate(GenzFunction f, int n, SurrogateConfig config, MlpFactory mlp,
                                    OptimizerFactory optimizers, RandomGenerator rng) {
        return SurrogateExperiment.run(f, n, config, mlp, optimizers, rng);
    }
}
