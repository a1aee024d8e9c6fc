package dlecon.graders.e4;

import dlecon.api.Exercise;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Optimizer;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E4 graders, one per optimizer: its iterates against the oracle of {@link Formulas} from the first step on,
 * on random problems with three parameters of different sizes and gradients that are zero, negative, tiny (1e-100)
 * and huge (1e100), for random hyperparameters and for the edge values the contract allows.
 */
@GraderSuite(exercise = Exercise.E4, visibility = Visibility.HIDDEN)
class E4UpdateRuleGrader {

    /** Steps per problem: enough for the state of every rule to matter, few enough to stay far from underflow. */
    private static final int STEPS = 10;
    /** Random hyperparameter draws per optimizer besides its edge values. */
    private static final int RANDOM_CONFIGS = 3;

    /** Runs every configuration on a fresh random problem; fails at the first deviation from the oracle. */
    private static void expectAll(OptimizerFactory factory, SplittableRandom rng, List<OptimizerConfig> edges,
                                  Function<SplittableRandom, OptimizerConfig> draw) {
        List<OptimizerConfig> configs = new ArrayList<>(edges);
        for (int k = 0; k < RANDOM_CONFIGS; k++) {
            configs.add(draw.apply(rng));
        }
        for (OptimizerConfig c : configs) {
            OracleCheck.expectFollows(factory, c, RandomProblem.draw(rng, STEPS));
        }
    }

    /** A log-uniform draw from [lo, hi]. */
    private static double logUniform(SplittableRandom rng, double lo, double hi) {
        return lo * Math.pow(hi / lo, rng.nextDouble());
    }

    @Test
    @DisplayName("SGD follows theta -= eta g entry by entry on random problems with several parameters")
    @Graded(points = 1, category = "SGD update", task = Tasks.SGD,
            hint = "theta -= eta g for every entry of every parameter, with the gradient the objective just wrote")
    void sgdFollowsItsRule(OptimizerFactory factory, TestSeed seed) {
        expectAll(factory, seed.random(), List.of(new OptimizerConfig.Sgd(1)),
                r -> new OptimizerConfig.Sgd(logUniform(r, 1e-4, 1)));
    }

    @Test
    @DisplayName("annealed SGD follows eta0 / (1 + kappa (t - 1)) on random problems, kappa = 0 and large kappa "
            + "included")
    @Graded(points = 1, category = "annealed learning rate", task = Tasks.ANNEALING,
            hint = "eta_t = eta0 / (1 + kappa (t - 1)) with t = 1 on the first step: the first step uses eta0, and "
                    + "kappa = 0 is plain SGD")
    void annealingFollowsItsRule(OptimizerFactory factory, TestSeed seed) {
        expectAll(factory, seed.random(), List.of(new OptimizerConfig.AnnealedSgd(0.3, 0),
                new OptimizerConfig.AnnealedSgd(0.5, 10), new OptimizerConfig.AnnealedSgd(0.2, 1e-6)),
                r -> new OptimizerConfig.AnnealedSgd(logUniform(r, 1e-3, 1), r.nextDouble()));
    }

    @Test
    @DisplayName("momentum follows v = gamma v + eta g, theta -= v on random problems, gamma = 0 and 0.999 included")
    @Graded(points = 1, category = "momentum update", task = Tasks.MOMENTUM,
            hint = "one velocity per entry of every parameter, starting at 0: v = gamma v + eta g, then theta -= v; "
                    + "gamma = 0 is plain SGD")
    void momentumFollowsItsRule(OptimizerFactory factory, TestSeed seed) {
        expectAll(factory, seed.random(), List.of(new OptimizerConfig.Momentum(0.1, 0),
                new OptimizerConfig.Momentum(0.05, 0.999)),
                r -> new OptimizerConfig.Momentum(logUniform(r, 1e-3, 0.5), 0.999 * r.nextDouble()));
    }

    /**
     * Nesterov's restore is checked by exact comparison: with eta = 1 every arrangement of the rule computes the same
     * v = gamma v + g (eta g = g, and the v' = gamma v' - eta g form only negates, which is exact) and the same
     * theta - v, so three steps from theta_0 ~ N(0, 1) with gradients ~ N(0, 9) are reproduced bit for bit.
     * Restoring theta by adding gamma v back instead of copying the saved values changes the third-step iterate
     * of about one entry in five (measured), so with 60 entries it goes unnoticed with probability about 2e-6.
     */
    private static final int RESTORE_ENTRIES = 60;
    private static final int RESTORE_STEPS = 3;

    @Test
    @DisplayName("Nesterov evaluates the objective at theta - gamma v, restores theta exactly and follows the momentum "
            + "rule on random problems")
    @Graded(points = 1, category = "Nesterov look-ahead", task = Tasks.NESTEROV,
            hint = "set the values to theta - gamma v, call the objective once, copy the saved values back (do not "
                    + "add gamma v back: that is off by rounding), then v = gamma v + eta g and theta -= v")
    void nesterovFollowsItsRule(OptimizerFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        expectAll(factory, rng, List.of(new OptimizerConfig.Nesterov(0.1, 0),
                new OptimizerConfig.Nesterov(0.05, 0.999)),
                r -> new OptimizerConfig.Nesterov(logUniform(r, 1e-3, 0.5), 0.999 * r.nextDouble()));
        double gamma = 0.1 + 0.8 * rng.nextDouble();
        double[] theta = new double[RESTORE_ENTRIES];
        for (int i = 0; i < RESTORE_ENTRIES; i++) {
            theta[i] = rng.nextGaussian();
        }
        ArrayParameter p = ArrayParameter.of("theta", theta.clone());
        Optimizer opt = factory.create(new OptimizerConfig.Nesterov(1, gamma));
        double[] v = new double[RESTORE_ENTRIES];
        for (int t = 1; t <= RESTORE_STEPS; t++) {
            double[] g = new double[RESTORE_ENTRIES];
            for (int i = 0; i < RESTORE_ENTRIES; i++) {
                g[i] = 3 * rng.nextGaussian();
                v[i] = gamma * v[i] + g[i];
                theta[i] -= v[i];
            }
            opt.step(List.of(p), () -> {
                System.arraycopy(g, 0, p.gradients(), 0, RESTORE_ENTRIES);
                return 0;
            });
            for (int i = 0; i < RESTORE_ENTRIES; i++) {
                Expect.exactly("gamma " + gamma + ", eta 1, gradients independent of theta: theta at t = " + t
                        + ", entry " + i + " (compared exactly: with eta = 1 the rule leaves no freedom of rounding)",
                        p.values()[i], theta[i]);
            }
        }
    }

    @Test
    @DisplayName("AdaGrad follows G += g^2, theta -= eta g / sqrt(G + eps) on random problems")
    @Graded(points = 1, category = "AdaGrad update", task = Tasks.ADAGRAD,
            hint = "G is the running sum of g^2 per entry (never reset), eps inside the square root; a gradient that "
                    + "was always 0 must leave theta unchanged, not NaN")
    void adaGradFollowsItsRule(OptimizerFactory factory, TestSeed seed) {
        expectAll(factory, seed.random(), List.of(new OptimizerConfig.AdaGrad(0.5, 1e-8),
                new OptimizerConfig.AdaGrad(0.1, 1)),
                r -> new OptimizerConfig.AdaGrad(logUniform(r, 1e-3, 1), logUniform(r, 1e-8, 1e-2)));
    }

    @Test
    @DisplayName("RMSProp follows s = rho s + (1 - rho) g^2, theta -= eta g / sqrt(s + eps) on random problems, rho = 0 "
            + "and rho near 1 included")
    @Graded(points = 1, category = "RMSProp update", task = Tasks.RMSPROP,
            hint = "s = rho s + (1 - rho) g^2 per entry starting at 0, eps inside the square root; rho = 0 gives "
                    + "s = g^2")
    void rmsPropFollowsItsRule(OptimizerFactory factory, TestSeed seed) {
        expectAll(factory, seed.random(), List.of(new OptimizerConfig.RmsProp(0.01, 0, 1e-8),
                new OptimizerConfig.RmsProp(0.01, 0.999999, 1e-8)),
                r -> new OptimizerConfig.RmsProp(logUniform(r, 1e-4, 0.1), 0.999 * r.nextDouble(),
                        logUniform(r, 1e-8, 1e-2)));
    }

    @Test
    @DisplayName("Adam follows its moments, bias corrections and step on random problems, beta1 = 0 and beta2 = 0 "
            + "included")
    @Graded(points = 1, category = "Adam update", task = Tasks.ADAM,
            hint = "m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g^2 per entry; m_hat = m / (1 - b1^t), "
                    + "v_hat = v / (1 - b2^t) with t = 1 on the first step, counted once per step; "
                    + "theta -= eta m_hat / (sqrt(v_hat) + eps)")
    void adamFollowsItsRule(OptimizerFactory factory, TestSeed seed) {
        expectAll(factory, seed.random(), List.of(OptimizerConfig.Adam.withEta(0.1),
                new OptimizerConfig.Adam(0.01, 0, 0.999, 1e-8), new OptimizerConfig.Adam(0.01, 0.9, 0, 1e-8),
                new OptimizerConfig.Adam(0.05, 0, 0, 1e-6)),
                r -> new OptimizerConfig.Adam(logUniform(r, 1e-4, 0.1), 0.99 * r.nextDouble(),
                        0.9 + 0.0999 * r.nextDouble(), logUniform(r, 1e-8, 1e-4)));
    }
}
