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
 * Public E4 graders: each optimizer, run for many steps, gets where the lectures say it gets, on the ill-conditioned
 * quadratic 1/2 (x^2 + 25 y^2) from (1, 1) and on Rosenbrock from (-1.2, 1). These complement the table and the
 * rule checks (a state lost between steps or a sign error shows here as no progress at all).
 */
@GraderSuite(exercise = Exercise.E4, visibility = Visibility.PUBLIC)
class E4ConvergencePublicGrader {

    /** The course's ill-conditioned quadratic 1/2 (x^2 + 25 y^2): f from (1, 1) is 13. */
    private static final double[] STEEP = {1, 25};
    private static final double[] START = {1, 1};
    /** f(1, 1) = (1 + 25) / 2 = 13 exactly: a descent method must end below its start (a bound, not a tolerance). */
    private static final double F_START = 13;
    /**
     * After 300 steps every optimizer below is under 1e-3 (RMSProp, whose step does not shrink, stalls at 3.2e-4;
     * the others are below 2e-13).
     */
    private static final double QUADRATIC_F300 = 1e-3;
    /** Rosenbrock from (-1.2, 1), f = 24.2: every optimizer gets 100 times lower in 3000 steps (worst 0.037). */
    private static final double ROSENBROCK_ALL = 0.242;
    /** Momentum, Nesterov and Adam reach the valley's end: measured 1.5e-12, 2.2e-12 and 2.8e-7. */
    private static final double ROSENBROCK_FAST = 1e-4;

    /**
     * Fails unless {@code onQuadratic} lowers f below 13 within 100 steps and below 1e-3 after 300, and
     * {@code onRosenbrock} is at or below {@code rosenbrockBound} after 3000 steps.
     */
    private static void expectConverges(OptimizerFactory factory, OptimizerConfig onQuadratic,
                                        OptimizerConfig onRosenbrock, double rosenbrockBound) {
        double[][] it = Quadratic.iterates(factory.create(onQuadratic), START, STEEP, 300);
        double f100 = steep(it[99]);
        double f300 = steep(it[299]);
        Expect.that(onQuadratic + ": f after 100 steps, below f(start) = " + F_START, f100 < F_START,
                "< " + F_START, Double.toString(f100));
        Expect.that(onQuadratic + ": f after 300 steps", f300 <= QUADRATIC_F300, "<= " + QUADRATIC_F300,
                Double.toString(f300));
        ArrayParameter p = ArrayParameter.of("theta", -1.2, 1);
        Optimizer opt = factory.create(onRosenbrock);
        for (int t = 0; t < 3000; t++) {
            opt.step(List.of(p), () -> {
                double[] g = Rosenbrock.gradient(p.values());
                System.arraycopy(g, 0, p.gradients(), 0, 2);
                return Rosenbrock.value(p.values());
            });
        }
        double f = Rosenbrock.value(p.values());
        Expect.that(onRosenbrock + ": Rosenbrock f after 3000 steps from (-1.2, 1)", f <= rosenbrockBound,
                "<= " + rosenbrockBound, Double.toString(f));
    }

    private static double steep(double[] p) {
        return 0.5 * (STEEP[0] * p[0] * p[0] + STEEP[1] * p[1] * p[1]);
    }

    @Test
    @DisplayName("SGD converges on the quadratic and lowers Rosenbrock 100-fold")
    @Graded(points = 1, category = "SGD convergence", task = Tasks.SGD,
            hint = "no progress usually means a sign error: theta -= eta g, not +=")
    void sgdConverges(OptimizerFactory factory) {
        expectConverges(factory, new OptimizerConfig.Sgd(0.05), new OptimizerConfig.Sgd(1e-3), ROSENBROCK_ALL);
    }

    @Test
    @DisplayName("annealed SGD converges on the quadratic and lowers Rosenbrock 100-fold")
    @Graded(points = 1, category = "annealing convergence", task = Tasks.ANNEALING,
            hint = "the rate must shrink slowly, eta0 / (1 + kappa (t - 1)), not be divided again on every step")
    void annealedConverges(OptimizerFactory factory) {
        expectConverges(factory, new OptimizerConfig.AnnealedSgd(0.05, 0.001), new OptimizerConfig.AnnealedSgd(1e-3,
                1e-4), ROSENBROCK_ALL);
    }

    @Test
    @DisplayName("momentum converges on the quadratic and reaches f < 1e-4 on Rosenbrock")
    @Graded(points = 1, category = "momentum convergence", task = Tasks.MOMENTUM,
            hint = "momentum follows Rosenbrock's curved valley quickly only if v is kept between steps")
    void momentumConverges(OptimizerFactory factory) {
        expectConverges(factory, new OptimizerConfig.Momentum(0.02, 0.9), new OptimizerConfig.Momentum(1e-3, 0.9),
                ROSENBROCK_FAST);
    }

    @Test
    @DisplayName("Nesterov converges on the quadratic and reaches f < 1e-4 on Rosenbrock")
    @Graded(points = 1, category = "Nesterov convergence", task = Tasks.NESTEROV,
            hint = "check the look-ahead point theta - gamma v and that the values are moved back after the call")
    void nesterovConverges(OptimizerFactory factory) {
        expectConverges(factory, new OptimizerConfig.Nesterov(0.02, 0.9), new OptimizerConfig.Nesterov(1e-3, 0.9),
                ROSENBROCK_FAST);
    }

    @Test
    @DisplayName("AdaGrad converges on the quadratic and lowers Rosenbrock 100-fold")
    @Graded(points = 1, category = "AdaGrad convergence", task = Tasks.ADAGRAD,
            hint = "G must accumulate g^2 over all steps")
    void adaGradConverges(OptimizerFactory factory) {
        expectConverges(factory, new OptimizerConfig.AdaGrad(0.5, 1e-8), new OptimizerConfig.AdaGrad(0.5, 1e-8),
                ROSENBROCK_ALL);
    }

    @Test
    @DisplayName("RMSProp converges on the quadratic and lowers Rosenbrock 100-fold")
    @Graded(points = 1, category = "RMSProp convergence", task = Tasks.RMSPROP,
            hint = "s is a moving average of g^2 with weight rho on the old value")
    void rmsPropConverges(OptimizerFactory factory) {
        expectConverges(factory, new OptimizerConfig.RmsProp(0.01, 0.9, 1e-8), new OptimizerConfig.RmsProp(1e-3, 0.9,
                1e-8), ROSENBROCK_ALL);
    }

    @Test
    @DisplayName("Adam converges on the quadratic and reaches f < 1e-4 on Rosenbrock")
    @Graded(points = 1, category = "Adam convergence", task = Tasks.ADAM,
            hint = "m and v are kept per entry between steps; t counts the steps for the bias corrections")
    void adamConverges(OptimizerFactory factory) {
        expectConverges(factory, OptimizerConfig.Adam.withEta(0.05), OptimizerConfig.Adam.withEta(0.02),
                ROSENBROCK_FAST);
    }
}
