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
 * state or a NaN policy value gives a NaN residual (never an exception). The losses evaluate the policy network in
 * training mode ({@code forward(x, true)}, as a gradient evaluation does) and leave its values unchanged; the
 * solvers follow the training-loop contract of the package documentation.
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
     * @param k           capital K &gt; 0 (NaN gives NaN)
     * @throws IllegalArgumentException if model or savingsRate is null, or k &lt;= 0
     */
    double deterministicResidual(BrockMirman model, DoubleUnaryOperator savingsRate, double k);

    /**
     * The n-node Gauss-Hermite rule for E[f(eps)], eps ~ N(0, 1) (see {@link GaussHermite}): the physicists' nodes
     * x_i are the roots of the Hermite polynomial H_n (by Newton's method on the three-term recurrence or by
     * Golub-Welsch), w_i = 2^(n-1) n! sqrt(pi) / (n^2 H_{n-1}(x_i)^2); the rule returned has nodes sqrt(2) x_i and
     * weights w_i / sqrt(pi), nodes strictly increasing and symmetric about 0 (nodes[n-1-i] = -nodes[i]), so that the
     * probabilists' nodes are the roots of He_n and the weights n! / (n^2 He_{n-1}(node)^2). Any method that
     * delivers this is fine; nodes are accurate to about 1e-14 relative (1e-14 absolute for the middle node 0 of an
     * odd rule), weights to about 1e-12 relative.
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
     * with the expectation over eps ~ N(0, 1) computed by {@code rule} as sum_j weights[j] f(nodes[j]), whatever its
     * nodes and weights (they need not sum to 1 nor be a Gauss-Hermite rule). With delta = 1 this is the course's
     * r = beta E[(C/C') alpha Z' K'^(alpha-1)] - 1, and it vanishes (up to rounding) for the exact policy
     * s = alpha beta with any rule whose weights sum to 1.
     *
     * @param model       the calibration
     * @param savingsRate the policy (z, log K) -&gt; s, evaluated at (z, log K) and at every (z', log K')
     * @param rule        quadrature rule for E over eps
     * @param z           log productivity z = log Z (NaN gives NaN)
     * @param logK        log capital (NaN gives NaN)
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
     * @param k               capital k &gt; 0 (NaN gives NaN)
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
     * @param policy  a network mapping N x 1 capitals to N x 1 savings rates in (0, 1), run in training mode
     *                (gradients and internal caches modified, values not)
     * @param model   the calibration (rho and sigma are ignored)
     * @param capital the N &gt;= 1 states K_i &gt; 0 (not checked), not modified
     * @return L
     * @throws IllegalArgumentException if an argument is null or capital is empty
     */
    double deterministicLoss(Network policy, BrockMirman model, double[] capital);

    /**
     * Solves the deterministic Brock-Mirman model with a Deep Equilibrium Net: the network
     * 1 -&gt; hidden ReLU -&gt; hidden ReLU -&gt; 1 logistic (dense layers from {@code mlp}, weights
     * {@link dlecon.api.e3.InitKind#XAVIER_UNIFORM} drawn from {@code rng} in layer order, as Keras's default)
     * maps K to the savings rate s(K). Each episode draws {@code batchSize} states K = rng.nextDouble(kMin, kMax)
     * (one uniform draw each, in order) and takes one Adam step (from {@code optimizers}) on
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
     * @throws IllegalArgumentException if an argument is null (also when there is no episode)
     */
    TrainedPolicy<DoubleUnaryOperator> solveDeterministic(BrockMirman model, DeqnConfig config, MlpFactory mlp,
                                  OptimizerFactory optimizers, RandomGenerator rng);

    /**
     * The loss of the stochastic Brock-Mirman DEQN and its gradient. The network maps N x 2 states (z, log K) to
     * N x 1 savings rates. With s_i = net(z_i, log K_i), Y_i = exp(z_i) K_i^alpha, C_i = (1 - s_i) Y_i,
     * K'_i = (1 - delta) K_i + s_i Y_i, and for each node j of {@code rule}: z'_ij = rho z_i + sigma eps_j,
     * s'_ij = net(z'_ij, log K'_i), Y'_ij = exp(z'_ij) K'_i^alpha, C'_ij = (1 - s'_ij) Y'_ij,
     * <pre>r_i = beta sum_j w_j (C_i / C'_ij) (alpha Y'_ij / K'_i + 1 - delta) - 1,   L = (1/N) sum_i r_i^2</pre>
     * (r_i is {@link #stochasticResidual} at state i). Afterwards every parameter of {@code policy} holds dL/dtheta
     * (previous gradients cleared), including the paths through s'_ij and through log K'_i into s'_ij: one forward
     * pass on the N n stacked next states and a backward pass with dL/ds' (which returns dL/d(log K') through the
     * network), then a forward pass on the N current states and a backward pass with dL/ds (the order of the
     * stacked rows is free). The rule's nodes and weights are used as they are (see {@link #stochasticResidual}).
     *
     * @param policy a network mapping N x 2 states to N x 1 savings rates in (0, 1), run in training mode
     *               (gradients and caches modified, values not)
     * @param model  the calibration
     * @param rule   quadrature rule for the expectation over eps
     * @param z      the N values z_i, not modified
     * @param logK   the N values log K_i, not modified
     * @return L
     * @throws IllegalArgumentException if an argument is null, the arrays are empty or of different lengths
     */
    double stochasticLoss(Network policy, BrockMirman model, GaussHermite rule, double[] z, double[] logK);

    /**
     * Solves the stochastic Brock-Mirman model with a Deep Equilibrium Net: the network 2 -&gt; hidden ReLU -&gt;
     * hidden ReLU -&gt; 1 logistic (inputs standardised by fixed constants, dense layers from {@code mlp}, weights
     * Xavier-uniform from {@code rng} in layer order) maps (z, log K) to the savings rate. Each episode draws
     * {@code batchSize} states from {@code rng}, for each state i in order z_i = sd(z) rng.nextDouble(-zWidth, zWidth)
     * then log K_i = rng.nextDouble(logKMin, logKMax) (see {@link StochasticDeqnConfig}), and takes one Adam step
     * on the loss of {@link #stochasticLoss} with the {@code config.nodes()}-node Gauss-Hermite rule (Adam at
     * {@code eta} for {@code episodes} steps, then a fresh Adam at {@code fineEta} for {@code fineEpisodes}).
     *
     * @param model      the calibration
     * @param config     the hyperparameters
     * @param mlp        builds the layers (E3)
     * @param optimizers builds Adam (E4)
     * @param rng        source of the initial weights and of the states
     * @return the trained policy and the loss of every episode (length episodes + fineEpisodes)
     * @throws IllegalArgumentException if an argument is null (also when there is no episode)
     */
    TrainedPolicy<DoubleBinaryOperator> solveStochastic(BrockMirman model, StochasticDeqnConfig config, MlpFactory mlp,
                                         OptimizerFactory optimizers, RandomGenerator rng);

    /**
     * Simulates T periods of the stochastic Brock-Mirman model under a savings-rate policy, starting from z[0] = 0
     * and the deterministic steady state log K[0] = log K_ss ({@link BrockMirman#steadyStateCapital}):
     * s[t] = s(z[t], log K[t]), K[t+1] = (1 - delta) K[t] + s[t] exp(z[t]) K[t]^alpha,
     * z[t+1] = rho z[t] + sigma eps[t+1] with eps[t+1] ~ N(0, 1) drawn by {@code rng.nextGaussian()} in order:
     * exactly T - 1 draws, none for the last period, and no other use of {@code rng}. A policy value outside (0, 1)
     * is kept as it is (a NaN propagates into the path).
     *
     * @param model       the calibration
     * @param savingsRate the policy (z, log K) -&gt; s, evaluated once per period
     * @param periods     T &gt;= 1
     * @param rng         source of the innovations
     * @return the path of length T
     * @throws IllegalArgumentException if an argument is null or periods &lt; 1
     */
    SimulationPath simulate(BrockMirman model, DoubleBinaryOperator savingsRate, int periods, RandomGenerator rng);

    /**
     * The Euler-residual loss of the neoclassical model and its gradient: with phi_i = net(k_i),
     * c_i = (1 - phi_i) k_i^theta, k'_i = (1 - delta) k_i + phi_i k_i^theta, phi'_i = net(k'_i),
     * c'_i = (1 - phi'_i) k'_i^theta,
     * <pre>R_i = beta (c'_i / c_i)^(-gamma) (1 - delta + theta k'_i^(theta-1)) - 1,   L = (1/N) sum_i R_i^2</pre>
     * (R_i is {@link #neoclassicalResidual} at k_i). Afterwards every parameter of {@code policy} holds dL/dtheta
     * (previous gradients cleared), including the path theta -&gt; phi(k) -&gt; k' -&gt; phi(k').
     *
     * @param policy  a network mapping N x 1 capitals to N x 1 shares in (0, 1), run in training mode (gradients and
     *                caches modified, values not)
     * @param model   the calibration
     * @param capital the N &gt;= 1 states k_i &gt; 0 (not checked), not modified
     * @return L
     * @throws IllegalArgumentException if an argument is null or capital is empty
     */
    double neoclassicalLoss(Network policy, Neoclassical model, double[] capital);

    /**
     * Solves the neoclassical model by minimising the mean squared Euler residual: the network k -&gt; phi(k) with
     * {@code config.layers()} hidden tanh layers of width {@code config.hidden()} and a logistic output (input
     * standardised by fixed constants, dense layers Xavier-uniform from {@code rng} in layer order, the output bias
     * set to logit(phi*) of the steady-state share phi* = delta k*^(1-theta) so that training starts near the saddle
     * path; the Euler residual alone also admits explosive solutions); each step
     * draws {@code batchSize} states k = k* rng.nextDouble(kLow, kHigh) (one uniform draw each, in order) and takes
     * one Adam step on {@link #neoclassicalLoss}.
     *
     * @param model      the calibration
     * @param config     the hyperparameters
     * @param mlp        builds the layers (E3)
     * @param optimizers builds Adam (E4)
     * @param rng        source of the initial weights and of the states
     * @return the trained investment-share policy k -&gt; phi(k) and the loss of every step
     * @throws IllegalArgumentException if an argument is null (also when there is no step)
     */
    TrainedPolicy<DoubleUnaryOperator> solveNeoclassical(Neoclassical model, NeoclassicalConfig config, MlpFactory mlp,
                                 OptimizerFactory optimizers, RandomGenerator rng);

    /**
     * Relative Euler errors of an OLG policy ({@link Olg}) at the state (eta, delta, k_2..k_N): with
     * K = sum k_i, r = alpha eta K^(alpha-1) + 1 - delta, w = (1 - alpha) eta K^alpha, incomes x_1 = w,
     * x_i = r k_i, shares s = policy(eta, delta, k), savings a_i = s_i x_i, consumption c_i = x_i - a_i; the next
     * state is k'_{i+1} = a_i, and for each of the four equally likely (eta', delta') the next period's r',
     * incomes x' and shares s' = policy(eta', delta', k') give c'_{i+1} = (1 - s'_{i+1}) x'_{i+1} (s'_N = 0). For
     * ages i = 1..N-1
     * <pre>e_i = (beta E[r' / c'_{i+1}])^(-1) / c_i - 1</pre>
     * (the relative consumption error of log utility; 0 for {@link Olg#exactSavingsShares()}). NaN policy values
     * or holdings give NaN errors.
     *
     * @param model   the calibration
     * @param policy  the policy, evaluated once at the current and once at each of the four next states
     * @param eta     current productivity, &gt; 0 (a NaN is rejected)
     * @param delta   current depreciation (any value, also outside the model's two)
     * @param capital the N - 1 holdings k_2..k_N (their sum must be positive), not modified
     * @return the N - 1 errors e_1..e_{N-1}
     * @throws IllegalArgumentException if an argument is null, capital has the wrong length, K &lt;= 0, eta is not
     *                                  positive, or the policy returns null, an array of the wrong length or
     *                                  savings with K' = sum a_i &lt;= 0
     */
    double[] olgEulerErrors(Olg model, OlgPolicy policy, double eta, double delta, double[] capital);

    /**
     * The loss of the OLG Deep Equilibrium Net and its gradient. The network maps B x (N + 1) inputs
     * (eta, delta, log k_2, ..., log k_N) to B x (N - 1) savings shares s_i; at state r with incomes x (see
     * {@link #olgEulerErrors}), savings a_i = s_i x_i and, for each of the four shocks (eta', delta'),
     * s' = net(eta', delta', log a_1, ..., log a_{N-1}),
     * <pre>L = (1 / (B (N - 1))) sum_r sum_{i=1}^{N-1} e_i^2</pre>
     * with e_i the relative Euler error of {@link #olgEulerErrors} (which here reduces to
     * s_i / (beta (1 - s_i) E[1 / (1 - s'_{i+1})]) - 1, s'_N = 0). Afterwards every parameter of {@code policy}
     * holds dL/dtheta (previous gradients cleared), including the paths through the next states.
     *
     * @param policy a network (N + 1 inputs, N - 1 logistic outputs), run in training mode (gradients and caches
     *               modified, values not)
     * @param model  the calibration
     * @param states B &gt;= 1 rows (eta, delta, k_2, ..., k_N) with positive holdings (not checked), not modified
     * @return L
     * @throws IllegalArgumentException if an argument is null, states is empty or a row is null or not of length N + 1
     */
    double olgLoss(Network policy, Olg model, double[][] states);

    /**
     * Solves the OLG model with a Deep Equilibrium Net (see {@link OlgConfig}): the network
     * (eta, delta, log k_2..log k_N) -&gt; [fixed scaling] -&gt; hidden ReLU -&gt; hidden ReLU -&gt; N - 1 logistic
     * (dense layers Xavier-uniform from {@code rng} in layer order), one Adam step per episode on {@link #olgLoss}
     * at the states of {@code batchSize} chains simulated with the current policy and shocks from {@code rng}. The
     * chains start at (etaLow, deltaLow, kStart, ..., kStart); after each step (the last one too) the updated
     * network is evaluated at every chain's state and each chain in order moves to eta' (rng.nextBoolean(), true
     * for etaHigh), then delta' (likewise) and k'_{i+1} = s_i x_i with the incomes of the state it leaves.
     *
     * @param model      the calibration
     * @param config     the hyperparameters
     * @param mlp        builds the layers (E3)
     * @param optimizers builds Adam (E4)
     * @param rng        source of the initial weights and of the shocks
     * @return the trained policy and the loss of every episode (length episodes + fineEpisodes)
     * @throws IllegalArgumentException if an argument is null (also when there is no episode)
     */
    TrainedPolicy<OlgPolicy> solveOlg(Olg model, OlgConfig config, MlpFactory mlp, OptimizerFactory optimizers,
                       RandomGenerator rng);
}
