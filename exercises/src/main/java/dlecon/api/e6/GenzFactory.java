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
     * sum c' = b_j(d) (see {@link GenzFamily#difficulty}) and sum w' = 1. Entries that are 0 stay 0; in d = 1 the
     * result is c' = (b_j(1)), w' = (1). Nothing is modified ({@code raw} is immutable anyway).
     *
     * @throws IllegalArgumentException if an argument is null, or sum c or sum w is 0 (nothing to rescale)
     */
    GenzParameters normalise(GenzFamily family, GenzParameters raw);

    /**
     * Random normalised parameters in dimension d: first c_1..c_d, then w_1..w_d, each {@code rng.nextDouble()}
     * (U[0,1)), in that order and nothing else from {@code rng}, then {@link #normalise} of those raw values.
     *
     * @param rng modified (exactly 2 d calls of {@code nextDouble()})
     * @throws IllegalArgumentException if d &lt; 1 or {@code family} or {@code rng} is null
     */
    GenzParameters drawParameters(GenzFamily family, int d, RandomGenerator rng);

    /**
     * The error function erf(x) = 2 / sqrt(pi) int_0^x e^{-t^2} dt, accurate to about 1e-15 absolutely for every
     * real x (Java has none; any accurate method will do). erf(0) = 0, erf(-x) = -erf(x), |erf(x)| &lt;= 1,
     * erf(+-infinity) = +-1, erf(NaN) = NaN.
     */
    double erf(double x);

    /**
     * The course's experiment: fits an MLP surrogate s of {@code f} on n random points and measures it on fresh
     * ones. Exactly these steps, every random number from {@code rng} and in this order:
     * <ol>
     *   <li>n training points x ~ U[0,1]^d (d = {@code f.dimension()}), row by row: x_11, ..., x_1d, x_21, ...,
     *   each one {@code rng.nextDouble()}, with targets f(x) (a {@code Dataset} of n x d inputs and n x 1
     *   targets, rows in the order drawn);</li>
     *   <li>the layers, in network order: for each hidden width h_l (l = 1..L)
     *   {@code mlp.dense(h_{l-1}, h_l, InitKind.HE_NORMAL, rng)} (h_0 = d) followed by a new
     *   {@code mlp.activationLayer(config.activation())}; then {@code mlp.dense(h_L, 1, InitKind.XAVIER_UNIFORM,
     *   rng)} and {@code mlp.outputLayer(OutputKind.IDENTITY)}; the network is {@code mlp.network(those 2 L + 2
     *   layers)} (the dense layers are the only draws of this step, so they must be created in this order; the
     *   parameter-free layers may be created at any time);</li>
     *   <li>one call {@code mlp.trainer().train(network, mlp.loss(LossKind.MSE),
     *   optimizers.create(config.optimizer()), training set, null, new TrainingConfig(config.epochs(),
     *   config.batchSize(), true, null), rng)} (no validation set, shuffled, no early stopping);</li>
     *   <li>{@code config.testPoints()} = M test points x_m ~ U[0,1]^d, drawn as the training points, and nothing
     *   after them; s(x_m) is {@code network.predict} of the M x d test points.</li>
     * </ol>
     *
     * @param n   number of training points, &gt;= 1
     * @param rng the only source of randomness (modified)
     * @return meanAbsError (1/M) sum_m |s(x_m) - f(x_m)|, maxAbsError max_m |s(x_m) - f(x_m)|, trainingLoss the
     * {@code finalTrainLoss()} of the history {@code train} returned, trainingPoints n
     * @throws IllegalArgumentException if n &lt; 1 or an argument is null, before anything is drawn or built
     */
    SurrogateError surrogate(GenzFunction f, int n, SurrogateConfig config, MlpFactory mlp,
                             OptimizerFactory optimizers, RandomGenerator rng);
}
