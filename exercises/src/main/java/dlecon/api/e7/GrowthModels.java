package dlecon.api.e7;

import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e4.OptimizerFactory;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * E7 entry point, implemented by {@code dlecon.solution.e7.GrowthSolution} (public, no-argument constructor):
 * Euler-equation residuals of growth models and their neural-network solvers (Deep Equilibrium Nets).
 *
 * <p>Policies are passed as functions and evaluated once per state they are needed at; none of the methods
 * modifies its arguments. A residual of 0 means the policy satisfies the Euler equation at that state; a NaN
 * input or a NaN policy value gives a NaN residual (never an exception).
 */
public interface GrowthModels {

    /**
     * Deterministic Brock-Mirman residual (Z = 1) of a savings-rate policy s(K) at capital K:
     * Y = K^alpha, C = (1 - s(K)) Y, K' = (1 - delta) K + s(K) Y, Y' = K'^alpha, C' = (1 - s(K')) Y',
     * R' = alpha K'^(alpha-1), and
     * <pre>errREE = 1 - C' / (beta C (R' + 1 - delta))</pre>
     * (0 for the exact policy s = alpha beta when delta = 1; positive when consumption grows too little).
     *
     * @param model       the calibration (rho and sigma are ignored)
     * @param savingsRate the policy K -&gt; s(K), evaluated at K and at K'
     * @param k           capital K &gt; 0
     * @throws IllegalArgumentException if model or savingsRate is null, or k &lt;= 0
     */
    double deterministicResidual(BrockMirman model, DoubleUnaryOperator savingsRate, double k);

    /**
     * The n-node Gauss-Hermite rule for E[f(eps)], eps ~ N(0, 1) (see {@link GaussHermite}): the physicists' nodes
     * x_i are the roots of the Hermite polynomial H_n (by Newton's method on the three-term recurrence or by
     * Golub-Welsch), w_i = 2^(n-1) n! sqrt(pi) / (n^2 H_{n-1}(x_i)^2); the rule returned has nodes sqrt(2) x_i and
     * weights w_i / sqrt(pi), nodes increasing. The results are accurate to about 1e-14 relative.
     *
     * @param n number of nodes, 1 &lt;= n &lt;= 100
     * @throws IllegalArgumentException if n is out of range
     */
    GaussHermite gaussHermite(int n);

    /**
     * Stochastic Brock-Mirman residual of a savings-rate policy at the state (z, log K) with z = log Z:
     * Y = Z K^alpha, C = (1 - s(z, log K)) Y, K' = (1 - delta) K + s Y; for each innovation eps,
     * z' = rho z + sigma eps, Y' = Z' K'^alpha, C' = (1 - s(z', log K')) Y', and
     * <pre>r = beta E[(C / C') (alpha Z' K'^(alpha-1) + 1 - delta)] - 1</pre>
     * with the expectation over eps ~ N(0, 1) computed by {@code rule}. With delta = 1 this is the course's
     * r = beta E[(C/C') alpha Z' K'^(alpha-1)] - 1, and it vanishes (up to rounding) for the exact policy
     * s = alpha beta with any rule whose weights sum to 1.
     *
     * @param model       the calibration
     * @param savingsRate the policy (z, log K) -&gt; s, evaluated at (z, log K) and at every (z', log K')
     * @param rule        quadrature rule for E over eps
     * @param z           log productivity z = log Z
     * @param logK        log capital
     * @throws IllegalArgumentException if model, savingsRate or rule is null
     */
    double stochasticResidual(BrockMirman model, DoubleBinaryOperator savingsRate, GaussHermite rule, double z,
                              double logK);

    /**
     * Euler residual of the deterministic neoclassical model (Maliar, Maliar and Winant) for a policy giving the
     * share of output invested, i(k) = phi(k) k^theta: c = (1 - phi(k)) k^theta, k' = (1 - delta) k + phi(k) k^theta,
     * c' = (1 - phi(k')) k'^theta and
     * <pre>R = beta (c'/c)^(-gamma) (1 - delta + theta k'^(theta-1)) - 1.</pre>
     * With delta = 1 and gamma = 1 the exact policy is phi = beta theta; for any calibration the constant share
     * delta k*^(1-theta) gives R = 0 at k = k*.
     *
     * @param model           the calibration
     * @param investmentShare the policy k -&gt; phi(k), evaluated at k and at k'
     * @param k               capital k &gt; 0
     * @throws IllegalArgumentException if model or investmentShare is null, or k &lt;= 0
     */
    double neoclassicalResidual(Neoclassical model, DoubleUnaryOperator investmentShare, double k);

    /**
     * The loss of the deterministic Brock-Mirman DEQN and its gradient: with s_i = net(K_i), Y_i = K_i^alpha,
     * C_i = (1 - s_i) Y_i, K'_i = (1 - delta) K_i + s_i Y_i, s'_i = net(K'_i), C'_i = (1 - s'_i) K'_i^alpha,
     * R'_i = alpha K'_i^(alpha-1),
     * <pre>L = (1/N) sum_i errREE_i^2,  errREE_i = 1 - C'_i / (beta C_i (R'_i + 1 - delta)).</pre>
     * Afterwards every parameter of {@code policy} holds dL/dtheta (previous gradients cleared), including the
     * path theta -&gt; s(K) -&gt; K' -&gt; s(K'). Since a backward pass refers to the most recent forward pass:
     * forward at K', backward with dL/ds' (which also returns dL/dK' through the network), then forward at K and
     * backward with dL/ds = (dL/dK') Y + (dL/dC)(-Y).
     *
     * @param policy  a network mapping N x 1 capitals to N x 1 savings rates in (0, 1) (gradients and internal
     *                caches modified, values not)
     * @param model   the calibration (rho and sigma are ignored)
     * @param capital the N states K_i &gt; 0, not modified
     * @return L
     * @throws IllegalArgumentException if an argument is null or capital is empty
     */
    double deterministicLoss(Network policy, BrockMirman model, double[] capital);

    /**
     * Solves the deterministic Brock-Mirman model with a Deep Equilibrium Net: the network
     * 1 -&gt; hidden ReLU -&gt; hidden ReLU -&gt; 1 logistic (dense layers from {@code mlp}, weights
     * {@link dlecon.api.e3.InitKind#XAVIER_UNIFORM} drawn from {@code rng} in layer order, as Keras's default)
     * maps K to the savings rate s(K). Each episode draws {@code batchSize} states K ~ U[kMin, kMax]
     * from {@code rng} and takes one Adam step (from {@code optimizers}) on
     * <pre>L = (1/N) sum_i errREE(K_i)^2</pre>
     * with errREE as in {@link #deterministicResidual}. The gradient includes the dependence of s(K') on the
     * network through K' = (1 - delta) K + s(K) Y.
     *
     * @param model      the calibration (rho and sigma are ignored)
     * @param config     the hyperparameters
     * @param mlp        builds the layers (E3)
     * @param optimizers builds Adam (E4)
     * @param rng        source of the initial weights and of the states
     * @return the trained policy and the loss of every episode
     * @throws IllegalArgumentException if an argument is null
     */
    DeqnResult solveDeterministic(BrockMirman model, DeqnConfig config, MlpFactory mlp, OptimizerFactory optimizers,
                                  RandomGenerator rng);
}
