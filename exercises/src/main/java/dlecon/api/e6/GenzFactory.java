package dlecon.api.e6;

import dlecon.api.e3.MlpFactory;
import dlecon.api.e4.OptimizerFactory;
import java.util.random.RandomGenerator;

/**
 * E6 entry point, implemented by {@code dlecon.solution.e6.GenzSolution} (public, no-argument constructor):
 * the Genz (1987) test functions, their closed-form integrals and neural-network surrogates of them.
 */
public interface GenzFactory {

    /**
     * The Genz function f_j of {@code family} with the given parameters (used as given, not normalised).
     *
     * @throws NullPointerException if an argument is null
     */
    GenzFunction create(GenzFamily family, GenzParameters parameters);

    /** {@code create(family, new GenzParameters(c, w))}; the arrays are copied. */
    default GenzFunction create(GenzFamily family, double[] c, double[] w) {
        return create(family, new GenzParameters(c, w));
    }

    /**
     * Rescales raw parameters: c_i' = c_i b_j(d) / sum_k c_k and w_i' = w_i / sum_k w_k, so that
     * sum c' = b_j(d) (see {@link GenzFamily#difficulty}) and sum w' = 1. Nothing is modified.
     *
     * @throws IllegalArgumentException if sum c or sum w is 0 (nothing to rescale)
     */
    GenzParameters normalise(GenzFamily family, GenzParameters raw);

    /**
     * Random normalised parameters in dimension d: first c_1..c_d, then w_1..w_d, each {@code rng.nextDouble()}
     * (U[0,1)), in that order, then {@link #normalise}.
     *
     * @param rng modified (2 d draws)
     * @throws IllegalArgumentException if d &lt; 1
     */
    GenzParameters drawParameters(GenzFamily family, int d, RandomGenerator rng);

    /**
     * The error function erf(x) = 2 / sqrt(pi) int_0^x e^{-t^2} dt, accurate to about 1e-15 absolutely for every
     * real x (Java has none). erf(-x) = -erf(x), erf(+-infinity) = +-1, erf(NaN) = NaN.
     */
    double erf(double x);

    /**
     * The course's experiment: fits an MLP surrogate of {@code f} and measures it. In this order, all from
     * {@code rng}: n training points x ~ U[0,1]^d (row by row, {@code rng.nextDouble()}) with targets f(x); the
     * network d -&gt; h_1 -&gt; ... -&gt; h_L -&gt; 1 (hidden dense layers He-normal, the output layer Xavier-uniform,
     * each hidden dense layer followed by the activation, identity output) built with {@code mlp.dense(..., rng)};
     * training with {@code mlp.trainer()} on the MSE loss for {@code config.epochs()} epochs of shuffled batches of
     * {@code config.batchSize()} with {@code optimizers.create(config.optimizer())}; then
     * {@code config.testPoints()} test points x ~ U[0,1]^d, on which the errors are measured.
     *
     * @param n   number of training points, &gt;= 1
     * @param rng the only source of randomness (modified)
     * @throws IllegalArgumentException if n &lt; 1
     */
    SurrogateError surrogate(GenzFunction f, int n, SurrogateConfig config, MlpFactory mlp,
                             OptimizerFactory optimizers, RandomGenerator rng);
}
