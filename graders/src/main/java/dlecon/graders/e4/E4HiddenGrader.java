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
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E4 graders: invariants of the updates on random quadratics. */
@GraderSuite(exercise = Exercise.E4, visibility = Visibility.HIDDEN)
class E4HiddenGrader {

    /** Momentum with gamma = 0 and SGD do the same arithmetic up to an added 0: a few ulps over 30 steps. */
    private static final double SAME_REL = 1e-13;
    /** Iterates that shrink towards 0 are compared with an absolute floor at the bottom of the double range. */
    private static final double UNDERFLOW_ABS = 1e-300;
    /**
     * Adam's first step is eta |g| / (|g| + eps): for |g| >= 1e-3 and eps = 1e-8 its size differs from eta by at
     * most 1e-5 relative.
     */
    private static final double ADAM_FIRST_REL = 2e-5;

    @Test
    @DisplayName("momentum with gamma = 0 takes exactly the steps of plain SGD on random quadratics")
    @Graded(points = 2, category = "momentum update",
            hint = "with gamma = 0, v = eta g and theta -= v is plain gradient descent")
    void momentumZeroIsSgd(OptimizerFactory factory, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < 3; c++) {
            int n = 1 + rng.nextInt(5);
            double[] a = new double[n];
            double[] start = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = 0.1 + 3 * rng.nextDouble();
                start[i] = rng.nextGaussian();
            }
            double eta = 0.01 + 0.2 * rng.nextDouble();
            credit.check("dimension " + n + ", eta " + eta, () -> {
                double[][] sgd = Quadratic.iterates(factory.create(new OptimizerConfig.Sgd(eta)), start, a, 30);
                double[][] mom = Quadratic.iterates(factory.create(new OptimizerConfig.Momentum(eta, 0)), start, a, 30);
                double[] x = start.clone();
                for (int t = 0; t < 30; t++) {
                    for (int i = 0; i < n; i++) {
                        x[i] -= eta * a[i] * x[i];
                    }
                    Expect.close("SGD theta at t = " + (t + 1), sgd[t], x, SAME_REL, UNDERFLOW_ABS);
                    Expect.close("momentum(gamma 0) theta at t = " + (t + 1), mom[t], sgd[t], SAME_REL, UNDERFLOW_ABS);
                }
            });
        }
    }

    @Test
    @DisplayName("Adam's first step has size eta in every coordinate, whatever the scale of the gradient")
    @Graded(points = 2, category = "Adam bias correction",
            hint = "at t = 1, m_hat = g and v_hat = g^2, so the step is eta g / (|g| + eps); without the bias "
                    + "correction it would be about 3.16 eta")
    void adamFirstStepSize(OptimizerFactory factory, TestSeed seed, Credit credit) {
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
            credit.check("dimension " + n + ", eta " + eta, () -> {
                ArrayParameter p = ArrayParameter.of("theta", start.clone());
                ArrayParameter q = ArrayParameter.of("other", 5.0);
                Optimizer adam = factory.create(OptimizerConfig.Adam.withEta(eta));
                adam.step(List.of(p, q), () -> {
                    double e = Quadratic.objective(p, a).evaluate();
                    q.gradients()[0] = 1e3;
                    return e;
                });
                for (int i = 0; i < n; i++) {
                    double step = start[i] - p.values()[i];
                    Expect.close("step of entry " + i + " (gradient " + a[i] * start[i] + ")", step,
                            Math.signum(start[i]) * eta, ADAM_FIRST_REL, 0);
                }
                Expect.close("step of the second parameter (gradient 1000)", 5.0 - q.values()[0], eta,
                        ADAM_FIRST_REL, 0);
                Expect.that("steps()", adam.steps() == 1, "1", Integer.toString(adam.steps()));
            });
        }
    }
}
