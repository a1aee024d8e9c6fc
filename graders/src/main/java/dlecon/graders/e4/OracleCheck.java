package dlecon.graders.e4;

import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Optimizer;
import dlecon.grading.api.Expect;
import java.util.ArrayList;
import java.util.List;

/** Runs an optimizer on a {@link RandomProblem} and compares every step with the oracle of {@link Formulas}. */
final class OracleCheck {

    private OracleCheck() {
    }

    /**
     * Tolerance relative to the size of the numbers an entry was built from (the {@link Formulas.Trajectory#scales}):
     * each step rounds a few times at the level of 1e-16 of that size, and an error in theta feeds back through
     * g = a theta + b with a &lt;= 2 and through 1 / sqrt(s + eps) at most 1e4-fold (eps &gt;= 1e-8, only while
     * |g| &lt; 1e-4); over 20 steps that stays below 1e-12, so 1e-11 leaves a factor 10. The smallest real deviation
     * the tests look for, eps inside instead of outside a square root at |g| ~ 1, is 1e-8 relative, and the tiny
     * and huge entries (theta starting at 0) make it of order 1.
     */
    static final double REL = 1e-11;

    /** Runs {@code config} for the problem's steps and fails at the first value that differs from the oracle. */
    static void expectFollows(OptimizerFactory factory, OptimizerConfig config, RandomProblem problem) {
        List<ArrayParameter> ps = problem.parameters();
        expectFollows(factory.create(config), config, problem, ps, problem.steps());
    }

    /**
     * Runs {@code opt} (created from {@code config}) on {@code ps} for {@code steps} steps and compares the values at
     * which the objective is called and the values after each step with the oracle.
     */
    static void expectFollows(Optimizer opt, OptimizerConfig config, RandomProblem problem, List<ArrayParameter> ps,
                              int steps) {
        List<double[]> seen = new ArrayList<>();
        Formulas.Trajectory want = problem.oracle(config);
        for (int t = 1; t <= steps; t++) {
            opt.step(ps, problem.objective(ps, seen));
            String where = config + ", step t = " + t;
            Expect.that(where + ": objective calls so far", seen.size() == t, Integer.toString(t),
                    Integer.toString(seen.size()));
            double[] scale = want.scales()[t - 1];
            expectClose(where + ": values at which the objective was called", problem, seen.get(t - 1),
                    want.evaluatedAt()[t - 1], scale);
            expectClose(where + ": theta after the step", problem, RandomProblem.flat(ps), want.iterates()[t - 1],
                    scale);
        }
    }

    private static void expectClose(String what, RandomProblem problem, double[] actual, double[] expected,
                                    double[] scale) {
        for (int i = 0; i < expected.length; i++) {
            Expect.close(what + ", " + problem.describe(i), actual[i], expected[i], 0, REL * scale[i]);
        }
    }
}
