package dlecon.graders.e4;

import dlecon.api.Exercise;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Visibility;
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
