package dlecon.graders.e4;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dlecon.api.Exercise;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Optimizer;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E4 graders: every update rule against the grader's own formulas on Rosenbrock, and per-entry state. */
@GraderSuite(exercise = Exercise.E4, visibility = Visibility.HIDDEN)
class E4FormulaGrader {

    /**
     * Five steps on Rosenbrock with small steps: the same formula evaluated in another order differs by a few
     * ulps per step, amplified at most a few hundred times (largest measured deviation in the report).
     */
    private static final double FORMULA_REL = 1e-9;
    /** Absolute floor for coordinates that pass near 0. */
    private static final double FORMULA_ABS = 1e-12;
    /** Splitting theta changes no arithmetic of an entry-wise optimizer: only rounding-free equality is expected. */
    private static final double SAME_REL = 1e-14;
    private static final int EXAMPLES = 20;
    private static final int STEPS = 5;

    /** The optimizers and how a point (u, v) of [0,1]^2 picks their hyperparameters. */
    private static final List<Named> RULES = List.of(
            new Named("SGD", u -> new OptimizerConfig.Sgd(1e-4 + 9e-4 * u[0])),
            new Named("momentum", u -> new OptimizerConfig.Momentum(1e-4 + 9e-4 * u[0], 0.5 + 0.49 * u[1])),
            new Named("Nesterov", u -> new OptimizerConfig.Nesterov(1e-4 + 9e-4 * u[0], 0.5 + 0.49 * u[1])),
            new Named("AdaGrad", u -> new OptimizerConfig.AdaGrad(0.01 + 0.3 * u[0], 1e-8)),
            new Named("RMSProp", u -> new OptimizerConfig.RmsProp(1e-3 + 0.05 * u[0], 0.6 + 0.39 * u[1], 1e-8)),
            new Named("Adam", u -> new OptimizerConfig.Adam(1e-3 + 0.1 * u[0], 0.5 + 0.49 * u[1], 0.999, 1e-8)),
            new Named("annealed SGD", u -> new OptimizerConfig.AnnealedSgd(1e-4 + 9e-4 * u[0], u[1])));

    private record Named(String name, java.util.function.Function<double[], OptimizerConfig> config) {
    }

    @Test
    @DisplayName("on the Rosenbrock function every optimizer's first five iterates follow its update rule "
            + "(random starts and hyperparameters)")
    @Graded(points = 3, category = "update rules",
            hint = "compare each update with the lecture's formula: Nesterov's gradient at theta - gamma v, RMSProp's "
                    + "s = rho s + (1 - rho) g^2, Adam's m_hat = m / (1 - b1^t), v_hat = v / (1 - b2^t)")
    void rosenbrockFirstSteps(OptimizerFactory factory, TestSeed seed, Credit credit) {
        for (Named rule : RULES) {
            credit.check(rule.name(), () -> qt().withFixedSeed(seed.value()).withExamples(EXAMPLES)
                    .forAll(doubles().between(-1.5, 1.5), doubles().between(-0.5, 2), doubles().between(0, 1),
                            doubles().between(0, 1))
                    .checkAssert((x, y, u, v) -> {
                        OptimizerConfig config = rule.config().apply(new double[] {u, v});
                        double[] start = {x, y};
                        double[][] expected = Formulas.iterates(config, start, Rosenbrock::gradient, STEPS);
                        ArrayParameter p = ArrayParameter.of("theta", start.clone());
                        Optimizer opt = factory.create(config);
                        for (int t = 0; t < STEPS; t++) {
                            opt.step(List.of(p), () -> {
                                double[] g = Rosenbrock.gradient(p.values());
                                System.arraycopy(g, 0, p.gradients(), 0, 2);
                                return Rosenbrock.value(p.values());
                            });
                            Expect.close(config + " from (" + x + ", " + y + "): theta at t = " + (t + 1),
                                    p.values(), expected[t], FORMULA_REL, FORMULA_ABS);
                        }
                    }));
        }
    }

    @Test
    @DisplayName("splitting theta into two parameters changes no optimizer's iterates (state is kept per entry)")
    @Graded(points = 2, category = "optimizer state per parameter",
            hint = "keep one state array (v, s, m, ...) per parameter, matched to it across steps, and count the "
                    + "step t once per step(), not once per parameter")
    void splitParametersGiveSameIterates(OptimizerFactory factory, TestSeed seed, Credit credit) {
        java.util.SplittableRandom rng = seed.random();
        for (Named rule : RULES) {
            double[] u = {rng.nextDouble(), rng.nextDouble()};
            double[] start = {-1 + rng.nextDouble(), rng.nextDouble(), rng.nextGaussian(), rng.nextGaussian()};
            credit.check(rule.name(), () -> {
                OptimizerConfig config = rule.config().apply(u);
                ArrayParameter whole = ArrayParameter.of("theta", start.clone());
                ArrayParameter first = ArrayParameter.of("x", start[0]);
                ArrayParameter rest = ArrayParameter.of("y u v", start[1], start[2], start[3]);
                Optimizer one = factory.create(config);
                Optimizer two = factory.create(config);
                for (int t = 0; t < 20; t++) {
                    one.step(List.of(whole), () -> objective(whole.values(), whole.gradients(), 0, whole.gradients()));
                    two.step(List.of(first, rest), () -> objective(joined(first, rest), first.gradients(), 1,
                            rest.gradients()));
                    Expect.close(config + ": split theta at t = " + (t + 1), joined(first, rest), whole.values(),
                            SAME_REL, 1e-300);
                }
                Expect.that("steps() with two parameters", two.steps() == 20, "20", Integer.toString(two.steps()));
            });
        }
    }

    private static double[] joined(ArrayParameter first, ArrayParameter rest) {
        return new double[] {first.values()[0], rest.values()[0], rest.values()[1], rest.values()[2]};
    }

    /**
     * f = rosenbrock(x, y) + 1/2 (u^2 + 3 v^2) at theta = (x, y, u, v); writes the gradient's first entry to
     * {@code head[0]} and the others to {@code tail} from index {@code offset} - 1 (offset 0: all into head).
     */
    private static double objective(double[] theta, double[] head, int offset, double[] tail) {
        double[] g = Rosenbrock.gradient(theta);
        double[] all = {g[0], g[1], theta[2], 3 * theta[3]};
        head[0] = all[0];
        for (int i = 1; i < 4; i++) {
            tail[i - offset] = all[i];
        }
        return Rosenbrock.value(theta) + 0.5 * (theta[2] * theta[2] + 3 * theta[3] * theta[3]);
    }
}
