package dlecon.graders.e4;

import dlecon.api.Exercise;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Optimizer;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Visibility;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public E4 graders: the course's table of iterates on f = 1/2 (x^2 + 4 y^2) from (1, 1), one test per optimizer,
 * and what every step returns and counts.
 */
@GraderSuite(exercise = Exercise.E4, visibility = Visibility.PUBLIC)
class E4TablePublicGrader {

    /** The course's bound for t &lt;= 3 (course-spec section 8): each iterate is a few roundings from exact. */
    private static final double EARLY_REL = 1e-12;
    /** Entries that are 0 in exact arithmetic (momentum's y at t = 2) are compared absolutely. */
    private static final double EARLY_ABS = 1e-15;
    /** The course's bound at t = 100 (course-spec section 8): 100 steps of rounding stay far below it. */
    private static final double LATE_REL = 1e-8;
    /** Entries of order 1e-14 and below at t = 100 are 0 for grading purposes. */
    private static final double LATE_ABS = 1e-13;
    private static final double[] START = {1, 1};

    /** Fails unless the first iterates of {@code config} are {@code expected} and, if given, theta_100 is {@code at100}. */
    private static void expectTable(OptimizerFactory factory, OptimizerConfig config, double[][] expected,
                                    double[] at100) {
        int steps = at100 == null ? expected.length : 100;
        Optimizer opt = factory.create(config);
        double[][] it = Quadratic.iterates(opt, START, Quadratic.TABLE, steps);
        for (int t = 0; t < expected.length; t++) {
            Expect.close(config + ": theta at t = " + (t + 1), it[t], expected[t], EARLY_REL, EARLY_ABS);
        }
        if (at100 != null) {
            Expect.close(config + ": theta at t = 100", it[99], at100, LATE_REL, LATE_ABS);
        }
    }

    @Test
    @DisplayName("every optimizer's step returns the objective's E, calls the objective once, and steps() counts")
    @Graded(points = 1, category = "optimizer step", task = Tasks.STEP,
            hint = "step(): evaluate the objective exactly once, update every parameter, t = t + 1, and return the E "
                    + "the objective returned; steps() is 0 for a fresh optimizer and t after t steps")
    void stepReturnsECountsAndCallsOnce(OptimizerFactory factory) {
        OptimizerConfig[] configs = {new OptimizerConfig.Sgd(0.1), new OptimizerConfig.AnnealedSgd(0.1, 0.01),
            new OptimizerConfig.Momentum(0.1, 0.9), new OptimizerConfig.Nesterov(0.1, 0.9),
            new OptimizerConfig.AdaGrad(0.5, 1e-8), new OptimizerConfig.RmsProp(0.01, 0.9, 1e-8),
            OptimizerConfig.Adam.withEta(0.1)};
        for (OptimizerConfig c : configs) {
            Optimizer opt = factory.create(c);
            Expect.that(c + ": steps() of a fresh optimizer", opt.steps() == 0, "0", Integer.toString(opt.steps()));
            ArrayParameter p = ArrayParameter.of("theta", START.clone());
            int[] calls = {0};
            for (int t = 1; t <= 3; t++) {
                double e = opt.step(List.of(p), () -> {
                    calls[0]++;
                    Quadratic.objective(p, Quadratic.TABLE).evaluate();
                    return -2.5 * calls[0]; // not f itself: E is what the objective returned, not recomputed
                });
                Expect.that(c + ": objective calls after step " + t, calls[0] == t, Integer.toString(t),
                        Integer.toString(calls[0]));
                Expect.exactly(c + ": value returned by step " + t, e, -2.5 * t);
                Expect.that(c + ": steps() after step " + t, opt.steps() == t, Integer.toString(t),
                        Integer.toString(opt.steps()));
            }
        }
    }

    @Test
    @DisplayName("SGD gives the table's iterates at t = 1, 2, 3 and 100")
    @Graded(points = 1, category = "SGD update", task = Tasks.SGD, hint = "theta -= eta g")
    void sgdTable(OptimizerFactory factory) {
        expectTable(factory, new OptimizerConfig.Sgd(0.1), new double[][] {{.9, .6}, {.81, .36}, {.729, .216}},
                new double[] {2.65613988875875e-5, 6.533e-23});
    }

    @Test
    @DisplayName("annealed SGD gives the table's iterates at t = 1, 2 and 100")
    @Graded(points = 1, category = "annealed learning rate", task = Tasks.ANNEALING,
            hint = "eta_t = eta0 / (1 + kappa (t - 1)) with t = 1 on the first step, so the first step uses eta0")
    void annealedTable(OptimizerFactory factory) {
        expectTable(factory, new OptimizerConfig.AnnealedSgd(0.1, 0.01),
                new double[][] {{.9, .6}, {.810891089108911, .362376237623762}},
                new double[] {7.30445743627438e-4, 5.0e-15});
    }

    @Test
    @DisplayName("momentum gives the table's iterates at t = 1, 2, 3 and 100")
    @Graded(points = 1, category = "momentum update", task = Tasks.MOMENTUM,
            hint = "v = gamma v + eta g (v starts at 0 and is kept between steps), then theta -= v")
    void momentumTable(OptimizerFactory factory) {
        expectTable(factory, new OptimizerConfig.Momentum(0.1, 0.9), new double[][] {{.9, .6}, {.72, 0}, {.486, -.54}},
                new double[] {3.73873331129741e-3, -5.23193196673642e-3});
    }

    @Test
    @DisplayName("Nesterov gives the table's iterates at t = 1, 2, 3 and 100")
    @Graded(points = 1, category = "Nesterov look-ahead", task = Tasks.NESTEROV,
            hint = "take g at theta - gamma v: move the values there, call the objective, copy the saved values back, "
                    + "then v = gamma v + eta g and theta -= v")
    void nesterovTable(OptimizerFactory factory) {
        expectTable(factory, new OptimizerConfig.Nesterov(0.1, 0.9),
                new double[][] {{.9, .6}, {.729, .144}, {.51759, -.15984}}, new double[] {2.6458714815001e-5, 2.67e-14});
    }

    @Test
    @DisplayName("AdaGrad gives the table's iterates at t = 1 and 2")
    @Graded(points = 1, category = "AdaGrad update", task = Tasks.ADAGRAD,
            hint = "G += g^2 per entry, theta -= eta g / sqrt(G + eps) with eps INSIDE the root")
    void adaGradTable(OptimizerFactory factory) {
        expectTable(factory, new OptimizerConfig.AdaGrad(0.5, 1e-8),
                new double[][] {{.5000000025, .50000000015625}, {.276393204750021, .276393202406271}}, null);
    }

    @Test
    @DisplayName("RMSProp gives the table's iterates at t = 1 and 100")
    @Graded(points = 1, category = "RMSProp update", task = Tasks.RMSPROP,
            hint = "s = rho s + (1 - rho) g^2 per entry, theta -= eta g / sqrt(s + eps) with eps INSIDE the root")
    void rmsPropTable(OptimizerFactory factory) {
        expectTable(factory, new OptimizerConfig.RmsProp(0.01, 0.9, 1e-8),
                new double[][] {{.968377224979455, .968377223497137}},
                new double[] {.0875865375414835, .0875865205932749});
    }

    @Test
    @DisplayName("Adam gives the table's iterates at t = 1, 2, 3 and 100")
    @Graded(points = 1, category = "Adam update", task = Tasks.ADAM,
            hint = "m_hat = m / (1 - b1^t), v_hat = v / (1 - b2^t) with t = 1 on the first step; eps OUTSIDE the "
                    + "root: theta -= eta m_hat / (sqrt(v_hat) + eps)")
    void adamTable(OptimizerFactory factory) {
        expectTable(factory, OptimizerConfig.Adam.withEta(0.1),
                new double[][] {{.900000001, .90000000025}, {.800412229712338, .80041222818152},
                    {.701586274504415, .701586272166838}}, new double[] {.00293667500329172, .00293667602000795});
    }
}
