package dlecon.graders.e4;

import dlecon.api.Exercise;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Optimizer;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.GradingFailure;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E4 graders: state per parameter and per entry over many steps, Adam's first step, and the rejected
 * parameter lists.
 */
@GraderSuite(exercise = Exercise.E4, visibility = Visibility.HIDDEN)
class E4StateGrader {

    /** Long enough for every state to build up; t is counted once per step, so Adam's corrections show it. */
    private static final int LONG_RUN = 20;
    /**
     * Adam's first step is eta |g| / (|g| + eps): for |g| &gt;= 1e-3 and eps = 1e-8 its size differs from eta by at
     * most 1e-5 relative.
     */
    private static final double ADAM_FIRST_REL = 2e-5;

    /** One configuration of every optimizer, with hyperparameters drawn from {@code rng}. */
    private static List<OptimizerConfig> allOptimizers(SplittableRandom rng) {
        double u = rng.nextDouble();
        return List.of(new OptimizerConfig.Sgd(0.01 + 0.2 * u), new OptimizerConfig.AnnealedSgd(0.01 + 0.2 * u, u),
                new OptimizerConfig.Momentum(0.01 + 0.1 * u, 0.5 + 0.4 * u),
                new OptimizerConfig.Nesterov(0.01 + 0.1 * u, 0.5 + 0.4 * u),
                new OptimizerConfig.AdaGrad(0.05 + 0.3 * u, 1e-8), new OptimizerConfig.RmsProp(0.01 + 0.05 * u,
                        0.5 + 0.49 * u, 1e-8), new OptimizerConfig.Adam(0.01 + 0.05 * u, 0.5 + 0.4 * u, 0.999, 1e-8));
    }

    @Test
    @DisplayName("with three parameters of different sizes, or all entries in one, every optimizer follows its rule "
            + "for 20 steps, two optimizers stepping in turn keep apart, and steps() counts the steps")
    @Graded(points = 2, category = "optimizer state per parameter", task = Tasks.STEP,
            hint = "keep one set of state arrays per parameter (by its position in the list), as long as the "
                    + "parameter, in the optimizer object (not static); count t once per step(), not once per "
                    + "parameter")
    void statePerParameterAndEntry(OptimizerFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (OptimizerConfig config : allOptimizers(rng)) {
            RandomProblem problem = RandomProblem.draw(rng, LONG_RUN);
            List<ArrayParameter> split = problem.parameters();
            double[] all = RandomProblem.flat(split);
            List<ArrayParameter> whole = List.of(ArrayParameter.of("all", all));
            Optimizer one = factory.create(config);
            Optimizer three = factory.create(config);
            List<double[]> seenOne = new ArrayList<>();
            List<double[]> seenThree = new ArrayList<>();
            Formulas.Trajectory want = problem.oracle(config);
            for (int t = 1; t <= LONG_RUN; t++) { // in turn: state shared between optimizers would mix them up
                three.step(split, problem.objective(split, seenThree));
                one.step(whole, problem.objective(whole, seenOne));
                double[] scale = want.scales()[t - 1];
                for (int i = 0; i < all.length; i++) {
                    double tol = OracleCheck.REL * scale[i];
                    Expect.close(config + ", step t = " + t + ", three parameters: " + problem.describe(i),
                            RandomProblem.flat(split)[i], want.iterates()[t - 1][i], 0, tol);
                    Expect.close(config + ", step t = " + t + ", one parameter of " + all.length + " entries, entry "
                            + i, whole.get(0).values()[i], want.iterates()[t - 1][i], 0, tol);
                }
            }
            Expect.that(config + ": steps() with three parameters", three.steps() == LONG_RUN,
                    Integer.toString(LONG_RUN), Integer.toString(three.steps()));
        }
    }

    @Test
    @DisplayName("Adam's first step has size eta in every coordinate, whatever the scale of the gradient")
    @Graded(points = 1, category = "Adam bias correction", task = Tasks.ADAM,
            hint = "at t = 1, m_hat = g and v_hat = g^2, so the step is eta g / (|g| + eps); without the bias "
                    + "correction it would be about 3.16 eta")
    void adamFirstStepSize(OptimizerFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < 4; c++) {
            int n = 2 + rng.nextInt(4);
            double[] a = new double[n];
            double[] start = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = Math.pow(10, -1 + 4 * rng.nextDouble());
                start[i] = (rng.nextBoolean() ? 1 : -1) * (0.1 + rng.nextDouble());
            }
            double eta = Math.pow(10, -4 + 3 * rng.nextDouble());
            ArrayParameter p = ArrayParameter.of("theta", start.clone());
            ArrayParameter q = ArrayParameter.of("other", 5.0);
            Optimizer adam = factory.create(OptimizerConfig.Adam.withEta(eta));
            adam.step(List.of(p, q), () -> {
                double e = Quadratic.objective(p, a).evaluate();
                q.gradients()[0] = 1e3;
                return e;
            });
            for (int i = 0; i < n; i++) {
                Expect.close("eta " + eta + ": step of entry " + i + " (gradient " + a[i] * start[i] + ")",
                        start[i] - p.values()[i], Math.signum(start[i]) * eta, ADAM_FIRST_REL, 0);
            }
            Expect.close("eta " + eta + ": step of the second parameter (gradient 1000)", 5.0 - q.values()[0], eta,
                    ADAM_FIRST_REL, 0);
        }
    }

    @Test
    @DisplayName("step rejects a list of another length or with a parameter of another size than on the first step, "
            + "before calling the objective")
    @Graded(points = 1, category = "argument checks", task = Tasks.ARGUMENTS,
            hint = "remember the list's length and each parameter's size() on the first step; on every later step "
                    + "throw IllegalArgumentException if either changed, before evaluating anything")
    void rejectsChangedLists(OptimizerFactory factory, Credit credit) {
        for (OptimizerConfig config : List.of(new OptimizerConfig.Sgd(0.1), new OptimizerConfig.Nesterov(0.1, 0.5),
                OptimizerConfig.Adam.withEta(0.1))) {
            credit.check(config + ": one parameter more", () -> expectRefused(factory, config, 4));
            credit.check(config + ": one parameter less", () -> expectRefused(factory, config, 2));
            credit.check(config + ": first parameter resized", () -> expectRefused(factory, config, 0));
            credit.check(config + ": last parameter resized", () -> expectRefused(factory, config, -1));
        }
    }

    /**
     * Steps {@code config} once on parameters of sizes 1, 6 and 3, then once on a changed list: {@code change} 4 adds
     * a parameter, 2 drops the last, 0 resizes the first, -1 resizes the last; expects IllegalArgumentException,
     * no objective call and unchanged values.
     */
    private static void expectRefused(OptimizerFactory factory, OptimizerConfig config, int change) {
        List<ArrayParameter> first = List.of(ArrayParameter.zeros("a", 1, 1), ArrayParameter.zeros("b", 2, 3),
                ArrayParameter.zeros("c", 3, 1));
        Optimizer opt = factory.create(config);
        opt.step(first, () -> {
            first.forEach(p -> java.util.Arrays.fill(p.gradients(), 1));
            return 0;
        });
        List<ArrayParameter> next = new ArrayList<>(first);
        switch (change) {
            case 4 -> next.add(ArrayParameter.zeros("d", 1, 2));
            case 2 -> next.remove(2);
            case 0 -> next.set(0, ArrayParameter.of("a2", 7, 8));
            default -> next.set(2, ArrayParameter.of("c2", 7, 8));
        }
        double[] before = RandomProblem.flat(next);
        boolean[] called = {false};
        expectIllegalArgument("step with the changed list", () -> opt.step(next, () -> {
            called[0] = true;
            return 0;
        }));
        Expect.that("objective not called on the rejected step", !called[0], "not called", "called");
        Expect.close("values after the rejected step", RandomProblem.flat(next), before, 0, 0);
    }

    private static void expectIllegalArgument(String what, Runnable call) {
        try {
            call.run();
        } catch (IllegalArgumentException expected) {
            return;
        } catch (RuntimeException other) {
            throw new GradingFailure(what, "IllegalArgumentException", other.toString(), "");
        }
        throw new GradingFailure(what, "IllegalArgumentException", "no exception", "");
    }
}
