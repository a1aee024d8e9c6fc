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
        // BEGIN SOLUTION: E6 rescale c to sum b_j(d) and w to sum 1
        if (family == null || raw == null) {
            throw new IllegalArgumentException("family and raw parameters must not be null");
        }
        double[] c = raw.c();
        double[] w = raw.w();
        double sc = 0;
        double sw = 0;
        for (int i = 0; i < c.length; i++) {
            sc += c[i];
            sw += w[i];
        }
        // a zero sum leaves 0 * infinity or 0 / 0 = NaN below, which GenzParameters rejects with an
        // IllegalArgumentException
        double b = family.difficulty(c.length);
        for (int i = 0; i < c.length; i++) {
            c[i] *= b / sc;
            w[i] /= sw;
        }
        return new GenzParameters(c, w);
        // END SOLUTION
    }

    @Override
    public GenzParameters drawParameters(GenzFamily family, int d, RandomGenerator rng) {
        // BEGIN SOLUTION: E6 draw c_1..c_d then w_1..w_d ~ U[0,1) and normalise
        if (rng == null) {
            throw new IllegalArgumentException("rng must not be null"); // a null family: normalise rejects it
        }
        if (d < 1) {
            throw new IllegalArgumentException("dimension d must be at least 1, got " + d);
        }
        double[] c = new double[d];
        double[] w = new double[d];
        for (int i = 0; i < d; i++) {
            c[i] = rng.nextDouble();
        }
        for (int i = 0; i < d; i++) {
            w[i] = rng.nextDouble();
        }
        return normalise(family, new GenzParameters(c, w));
        // END SOLUTION
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
