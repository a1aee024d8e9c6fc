package dlecon.graders.e7;

import dlecon.api.Exercise;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import dlecon.api.e7.Olg;
import dlecon.api.e7.SimulationPath;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E7 graders: the DEQN loss and its gradient, exact policies of the other models, the simulation. */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.HIDDEN)
class E7HiddenGrader {

    /** The loss is a mean of a few dozen squared residuals: rounding stays far below this. */
    private static final double LOSS_REL = 1e-10;
    /**
     * Five-point central differences of the grader's own loss with h = 1e-5: truncation and rounding (about
     * eps L / h) are below 1e-9 relative for losses of order 1e-3..1.
     */
    private static final double GRADIENT_REL = 1e-6;
    private static final double GRADIENT_ABS = 1e-10;
    private static final double H = 1e-5;
    /** The course's bound on the residual of an exact policy (course-spec section 8). */
    private static final double EXACT_ABS = 1e-12;
    /** A path of 50 periods accumulates a few ulps per period in log K. */
    private static final double PATH_ABS = 1e-12;

    @Test
    @DisplayName("deterministicLoss of a hand-made logistic network gives the mean squared error and its gradient")
    @Graded(points = 3, category = "DEQN loss gradient",
            hint = "the gradient must include the path theta -> s(K) -> K' -> s(K'): forward and backward at K' "
                    + "first (its backward returns dL/dK'), then forward and backward at K with dL/ds")
    void deterministicLossAndGradient(GrowthModels growth, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < 4; c++) {
            double a = rng.nextGaussian();
            double b = -1 + 0.5 * rng.nextGaussian();
            double delta = c % 2 == 0 ? 1 : 0.3;
            BrockMirman bm = BrockMirman.defaults().withDelta(delta);
            double[] capital = new double[3 + rng.nextInt(6)];
            for (int i = 0; i < capital.length; i++) {
                capital[i] = 0.1 + 0.9 * rng.nextDouble();
            }
            credit.check("s(K) = logistic(" + a + " K + " + b + "), delta " + delta + ", N = " + capital.length, () -> {
                LogisticPolicy policy = new LogisticPolicy(a, b);
                policy.parameters().get(0).gradients()[0] = 123; // stale gradients must be cleared
                double loss = growth.deterministicLoss(policy, bm, capital.clone());
                Expect.close("L", loss, loss(a, b, bm, capital), LOSS_REL, 0);
                double da = derivative(t -> loss(t, b, bm, capital), a);
                double db = derivative(t -> loss(a, t, bm, capital), b);
                Expect.close("dL/da", policy.parameters().get(0).gradients()[0], da, GRADIENT_REL, GRADIENT_ABS);
                Expect.close("dL/db", policy.parameters().get(1).gradients()[0], db, GRADIENT_REL, GRADIENT_ABS);
                Expect.close("a unchanged", policy.parameters().get(0).values()[0], a, 0, 0);
            });
        }
    }

    @Test
    @DisplayName("the exact policies of the neoclassical and OLG models have zero Euler residuals")
    @Graded(points = 2, category = "Euler residuals of other models",
            hint = "neoclassical: R = beta (c'/c)^(-gamma) (1 - delta + theta k'^(theta-1)) - 1; OLG: "
                    + "e_i = (beta E[r'/c'_{i+1}])^(-1) / c_i - 1 over the four equally likely shocks")
    void exactPoliciesOfOtherModels(GrowthModels growth, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        Neoclassical nc = Neoclassical.defaults();
        credit.check("neoclassical steady-state share at k*", () -> Expect.close("R at k*",
                growth.neoclassicalResidual(nc, k -> nc.steadyStateInvestmentShare(), nc.steadyStateCapital()), 0, 0,
                EXACT_ABS));
        Neoclassical closed = new Neoclassical(0.3, 0.96, 1, 1);
        for (int c = 0; c < 3; c++) {
            double k = 0.05 + 2 * rng.nextDouble();
            credit.check("phi = beta theta (delta 1, log utility) at k = " + k, () -> Expect.close("R",
                    growth.neoclassicalResidual(closed, x -> closed.beta() * closed.theta(), k), 0, 0, EXACT_ABS));
        }
        Olg olg = Olg.defaults();
        double[] shares = olg.exactSavingsShares();
        for (int c = 0; c < 3; c++) {
            double[] capital = new double[olg.cohorts() - 1];
            for (int i = 0; i < capital.length; i++) {
                capital[i] = 0.01 + 0.1 * rng.nextDouble();
            }
            double eta = rng.nextBoolean() ? 0.95 : 1.05;
            double delta = rng.nextBoolean() ? 0.5 : 0.9;
            credit.check("OLG exact shares, eta " + eta + ", delta " + delta, () -> {
                double[] e = growth.olgEulerErrors(olg, (et, de, k) -> shares.clone(), eta, delta, capital.clone());
                Expect.close("errors", e, new double[olg.cohorts() - 1], 0, EXACT_ABS);
            });
        }
    }

    @Test
    @DisplayName("a simulated path under s = alpha beta follows log K' = log(alpha beta) + z + alpha log K")
    @Graded(points = 2, category = "simulation",
            hint = "start at z = 0 and log K_ss; K[t+1] uses z[t] and s[t]; z[t+1] = rho z[t] + sigma eps with one "
                    + "rng.nextGaussian() per period, in order")
    void simulationFollowsRecursion(GrowthModels growth, TestSeed seed) {
        BrockMirman bm = BrockMirman.defaults();
        int periods = 50;
        SimulationPath path = growth.simulate(bm, (z, logK) -> bm.savingsRate(), periods,
                new SplittableRandom(seed.derived(1)));
        SplittableRandom replay = new SplittableRandom(seed.derived(1));
        Expect.that("length", path.length() == periods, Integer.toString(periods), Integer.toString(path.length()));
        double[] z = path.z();
        double[] logK = path.logK();
        double[] s = path.savingsRate();
        double ez = 0;
        double elk = Math.log(bm.steadyStateCapital());
        for (int t = 0; t < periods; t++) {
            Expect.close("z[" + t + "]", z[t], ez, 0, PATH_ABS);
            Expect.close("log K[" + t + "]", logK[t], elk, 0, PATH_ABS);
            Expect.close("s[" + t + "]", s[t], bm.savingsRate(), 0, 0);
            elk = Math.log(bm.savingsRate()) + ez + bm.alpha() * elk;
            ez = bm.rho() * ez + bm.sigma() * replay.nextGaussian();
        }
    }

    /** L = mean errREE^2 of the logistic policy s(K) = 1 / (1 + e^-(a K + b)). */
    private static double loss(double a, double b, BrockMirman m, double[] capital) {
        double sum = 0;
        for (double k : capital) {
            double s = 1 / (1 + Math.exp(-(a * k + b)));
            double y = Math.pow(k, m.alpha());
            double c = (1 - s) * y;
            double k1 = (1 - m.delta()) * k + s * y;
            double s1 = 1 / (1 + Math.exp(-(a * k1 + b)));
            double c1 = (1 - s1) * Math.pow(k1, m.alpha());
            double r1 = m.alpha() * Math.pow(k1, m.alpha() - 1);
            double e = 1 - c1 / (m.beta() * c * (r1 + 1 - m.delta()));
            sum += e * e;
        }
        return sum / capital.length;
    }

    /** Five-point central difference of f at x. */
    private static double derivative(java.util.function.DoubleUnaryOperator f, double x) {
        return (f.applyAsDouble(x - 2 * H) - 8 * f.applyAsDouble(x - H) + 8 * f.applyAsDouble(x + H)
                - f.applyAsDouble(x + 2 * H)) / (12 * H);
    }
}
