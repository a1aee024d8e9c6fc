package dlecon.graders.e4;

import dlecon.api.Exercise;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.ArrayParameter;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Visibility;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E4 graders: the course's table of iterates on f = 1/2 (x^2 + 4 y^2) from (1, 1). */
@GraderSuite(exercise = Exercise.E4, visibility = Visibility.PUBLIC)
class E4PublicGrader {

    /** The course's bound for t <= 3 (course-spec section 8). */
    private static final double EARLY_REL = 1e-12;
    /** Entries that are 0 in exact arithmetic (momentum's y at t = 2) are compared absolutely. */
    private static final double EARLY_ABS = 1e-15;
    /** The course's bound at t = 100 (course-spec section 8). */
    private static final double LATE_REL = 1e-8;
    /** Entries of order 1e-14 and below at t = 100 are 0 for grading purposes. */
    private static final double LATE_ABS = 1e-13;
    private static final double[] START = {1, 1};

    @Test
    @DisplayName("SGD, momentum and Nesterov give the table's first three iterates")
    @Graded(points = 2, category = "momentum methods",
            hint = "momentum: v = gamma v + eta g, theta -= v; Nesterov takes g at theta - gamma v (move the values "
                    + "there, evaluate the objective, move them back)")
    void firstStepsOfMomentumMethods(OptimizerFactory factory, Credit credit) {
        credit.check("SGD eta 0.1", () -> expect(factory, new OptimizerConfig.Sgd(0.1),
                new double[][] {{.9, .6}, {.81, .36}, {.729, .216}}));
        credit.check("momentum eta 0.1, gamma 0.9", () -> expect(factory, new OptimizerConfig.Momentum(0.1, 0.9),
                new double[][] {{.9, .6}, {.72, 0}, {.486, -.54}}));
        credit.check("Nesterov eta 0.1, gamma 0.9", () -> expect(factory, new OptimizerConfig.Nesterov(0.1, 0.9),
                new double[][] {{.9, .6}, {.729, .144}, {.51759, -.15984}}));
    }

    @Test
    @DisplayName("AdaGrad, RMSProp and Adam give the table's first iterates")
    @Graded(points = 2, category = "adaptive methods",
            hint = "Adam: m_hat = m / (1 - b1^t), v_hat = v / (1 - b2^t) with t starting at 1, eps OUTSIDE the root; "
                    + "AdaGrad and RMSProp: eps INSIDE the root")
    void firstStepsOfAdaptiveMethods(OptimizerFactory factory, Credit credit) {
        credit.check("AdaGrad eta 0.5", () -> expect(factory, new OptimizerConfig.AdaGrad(0.5, 1e-8),
                new double[][] {{.5000000025, .50000000015625}, {.276393204750021, .276393202406271}}));
        credit.check("RMSProp eta 0.01, rho 0.9", () -> expect(factory, new OptimizerConfig.RmsProp(0.01, 0.9, 1e-8),
                new double[][] {{.968377224979455, .968377223497137}}));
        credit.check("Adam eta 0.1", () -> expect(factory, OptimizerConfig.Adam.withEta(0.1),
                new double[][] {{.900000001, .90000000025}, {.800412229712338, .80041222818152},
                    {.701586274504415, .701586272166838}}));
    }

    @Test
    @DisplayName("after 100 steps SGD, momentum, Adam and annealed SGD are where the table says")
    @Graded(points = 2, category = "optimizer state over many steps",
            hint = "keep one state per parameter across steps; annealing uses eta_t = eta0 / (1 + kappa t) with "
                    + "t = 0 on the first step; steps() counts the updates")
    void hundredSteps(OptimizerFactory factory, Credit credit) {
        credit.check("SGD", () -> expectAt100(factory, new OptimizerConfig.Sgd(0.1),
                new double[] {2.65613988875875e-5, 6.533e-23}));
        credit.check("momentum", () -> expectAt100(factory, new OptimizerConfig.Momentum(0.1, 0.9),
                new double[] {3.73873331129741e-3, -5.23193196673642e-3}));
        credit.check("Adam", () -> expectAt100(factory, OptimizerConfig.Adam.withEta(0.1),
                new double[] {.00293667500329172, .00293667602000795}));
        credit.check("annealed SGD", () -> {
            expect(factory, new OptimizerConfig.AnnealedSgd(0.1, 0.01),
                    new double[][] {{.9, .6}, {.810891089108911, .362376237623762}});
            expectAt100(factory, new OptimizerConfig.AnnealedSgd(0.1, 0.01), new double[] {7.30445743627438e-4, 5.0e-15});
        });
    }

    /** The course's ill-conditioned quadratic 1/2 (x^2 + 25 y^2): f from (1, 1) is 13. */
    private static final double[] STEEP = {1, 25};
    /**
     * After 300 steps every listed optimizer is below 1e-3 (RMSProp, whose step does not shrink, stalls at 3.2e-4;
     * the others are below 2e-13).
     */
    private static final double QUADRATIC_F300 = 1e-3;
    /** Rosenbrock from (-1.2, 1), f = 24.2: every optimizer gets 100 times lower in 3000 steps (worst 0.037). */
    private static final double ROSENBROCK_ALL = 0.242;
    /** Momentum, Nesterov and Adam reach the valley's end: measured 1.5e-12, 2.2e-12 and 2.8e-7. */
    private static final double ROSENBROCK_FAST = 1e-4;

    @Test
    @DisplayName("on the quadratic 1/2 (x^2 + 25 y^2) every optimizer decreases f and is below 1e-3 after 300 steps")
    @Graded(points = 2, category = "convergence on a quadratic",
            hint = "an optimizer that does not converge here usually has a sign error (theta -= ..., not +=) or "
                    + "loses its state between steps")
    void convergesOnQuadratic(OptimizerFactory factory, Credit credit) {
        OptimizerConfig[] configs = {new OptimizerConfig.Sgd(0.05), new OptimizerConfig.Momentum(0.02, 0.9),
            new OptimizerConfig.Nesterov(0.02, 0.9), new OptimizerConfig.AdaGrad(0.5, 1e-8),
            new OptimizerConfig.RmsProp(0.01, 0.9, 1e-8), OptimizerConfig.Adam.withEta(0.05),
            new OptimizerConfig.AnnealedSgd(0.05, 0.001)};
        for (OptimizerConfig c : configs) {
            credit.check(c.toString(), () -> {
                double[][] it = Quadratic.iterates(factory.create(c), START, STEEP, 300);
                double f100 = value(it[99]);
                double f300 = value(it[299]);
                Expect.that("f after 100 steps below f(start) = 13", f100 < 13, "< 13", Double.toString(f100));
                Expect.that("f after 300 steps", f300 <= QUADRATIC_F300, "<= " + QUADRATIC_F300,
                        Double.toString(f300));
            });
        }
    }

    @Test
    @DisplayName("on Rosenbrock from (-1.2, 1) every optimizer lowers f 100-fold in 3000 steps; momentum, Nesterov and "
            + "Adam reach f < 1e-4")
    @Graded(points = 2, category = "behaviour on Rosenbrock",
            hint = "f = (1 - x)^2 + 100 (y - x^2)^2: momentum methods and Adam follow the curved valley much faster "
                    + "than SGD; check their velocity/moment updates if they stall")
    void progressOnRosenbrock(OptimizerFactory factory, Credit credit) {
        Object[][] cases = {{new OptimizerConfig.Sgd(1e-3), ROSENBROCK_ALL},
            {new OptimizerConfig.Momentum(1e-3, 0.9), ROSENBROCK_FAST},
            {new OptimizerConfig.Nesterov(1e-3, 0.9), ROSENBROCK_FAST}, {new OptimizerConfig.AdaGrad(0.5, 1e-8),
                ROSENBROCK_ALL}, {new OptimizerConfig.RmsProp(1e-3, 0.9, 1e-8), ROSENBROCK_ALL},
            {OptimizerConfig.Adam.withEta(0.02), ROSENBROCK_FAST},
            {new OptimizerConfig.AnnealedSgd(1e-3, 1e-4), ROSENBROCK_ALL}};
        for (Object[] c : cases) {
            OptimizerConfig config = (OptimizerConfig) c[0];
            double bound = (Double) c[1];
            credit.check(config.toString(), () -> {
                ArrayParameter p = ArrayParameter.of("theta", -1.2, 1);
                var opt = factory.create(config);
                for (int t = 0; t < 3000; t++) {
                    opt.step(List.of(p), () -> {
                        double[] g = Rosenbrock.gradient(p.values());
                        System.arraycopy(g, 0, p.gradients(), 0, 2);
                        return Rosenbrock.value(p.values());
                    });
                }
                double f = Rosenbrock.value(p.values());
                Expect.that("f after 3000 steps", f <= bound, "<= " + bound, Double.toString(f));
            });
        }
    }

    private static double value(double[] p) {
        return 0.5 * (STEEP[0] * p[0] * p[0] + STEEP[1] * p[1] * p[1]);
    }

    private static void expect(OptimizerFactory factory, OptimizerConfig config, double[][] expected) {
        double[][] it = Quadratic.iterates(factory.create(config), START, Quadratic.TABLE, expected.length);
        for (int t = 0; t < expected.length; t++) {
            Expect.close("theta at t = " + (t + 1), it[t], expected[t], EARLY_REL, EARLY_ABS);
        }
    }

    private static void expectAt100(OptimizerFactory factory, OptimizerConfig config, double[] expected) {
        var opt = factory.create(config);
        double[][] it = Quadratic.iterates(opt, START, Quadratic.TABLE, 100);
        Expect.close("theta at t = 100", it[99], expected, LATE_REL, LATE_ABS);
        Expect.that("steps()", opt.steps() == 100, "100", Integer.toString(opt.steps()));
    }
}
