package dlecon.graders.e7;

import dlecon.api.Exercise;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E7 graders: Brock-Mirman residuals and Gauss-Hermite rules. */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.PUBLIC)
class E7PublicGrader {

    /** The course's bound on the residual of the exact policy (course-spec section 8). */
    private static final double EXACT_ABS = 1e-12;
    /** A residual is a handful of powers and one division: rounding stays far below this. */
    private static final double FORMULA_REL = 1e-12;
    /** The API promises Gauss-Hermite rules to about 1e-14 relative; moments sum n terms of them. */
    private static final double RULE_REL = 1e-12;
    /** Absolute floor for values that are 0 in exact arithmetic (the middle node, residuals near 0). */
    private static final double TINY = 1e-14;

    @Test
    @DisplayName("the deterministic Euler residual vanishes for s = alpha beta and matches the formula otherwise")
    @Graded(points = 2, category = "deterministic Euler residual",
            hint = "errREE = 1 - C' / (beta C (R' + 1 - delta)) with K' = (1 - delta) K + s(K) K^alpha and "
                    + "R' = alpha K'^(alpha - 1); evaluate the policy at K and at K'")
    void deterministicResidual(GrowthModels growth, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        BrockMirman bm = BrockMirman.defaults();
        for (int c = 0; c < 4; c++) {
            double k = 0.05 + 2 * rng.nextDouble();
            credit.check("exact policy at K = " + k, () -> Expect.close("errREE",
                    growth.deterministicResidual(bm, x -> bm.savingsRate(), k), 0, 0, EXACT_ABS));
        }
        BrockMirman partial = bm.withDelta(0.1);
        for (int c = 0; c < 4; c++) {
            double k = 0.05 + 2 * rng.nextDouble();
            credit.check("s(K) = 0.2 + 0.1 K / (1 + K), delta 0.1, at K = " + k, () -> {
                double expected = residual(partial, k);
                Expect.close("errREE", growth.deterministicResidual(partial, x -> 0.2 + 0.1 * x / (1 + x), k),
                        expected, FORMULA_REL, TINY);
            });
        }
    }

    @Test
    @DisplayName("Gauss-Hermite rules have weights summing to 1, symmetric increasing nodes and the normal moments")
    @Graded(points = 2, category = "Gauss-Hermite quadrature",
            hint = "nodes sqrt(2) x_i and weights w_i / sqrt(pi) of the physicists' rule; an n-node rule is exact for "
                    + "polynomials up to degree 2n - 1, so E eps^2 = 1, E eps^4 = 3, ...")
    void gaussHermiteMoments(GrowthModels growth, Credit credit) {
        for (int n : new int[] {1, 2, 3, 5, 10, 20}) {
            credit.check(n + " nodes", () -> {
                GaussHermite rule = growth.gaussHermite(n);
                double[] x = rule.nodes();
                double[] w = rule.weights();
                Expect.that("size", x.length == n && w.length == n, Integer.toString(n), Integer.toString(x.length));
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += w[i];
                    Expect.that("weight " + i + " positive", w[i] > 0, "> 0", Double.toString(w[i]));
                    if (i > 0) {
                        Expect.that("nodes increasing at " + i, x[i] > x[i - 1], "> " + x[i - 1], Double.toString(x[i]));
                    }
                    Expect.close("symmetric node " + i, x[i], -x[n - 1 - i], RULE_REL, TINY);
                }
                Expect.close("sum of weights", sum, 1, RULE_REL, 0);
                double doubleFactorial = 1; // (2j - 1)!!
                for (int j = 1; 2 * j <= Math.min(2 * n - 1, 12); j++) {
                    doubleFactorial *= 2 * j - 1;
                    int power = 2 * j;
                    Expect.close("E eps^" + power, rule.expectation(e -> Math.pow(e, power)), doubleFactorial,
                            RULE_REL, 0);
                }
            });
        }
        credit.check("5 nodes, outermost node", () -> Expect.close("largest node of 5",
                growth.gaussHermite(5).nodes()[4], Math.sqrt(2) * 2.0201828704560856, RULE_REL, 0));
    }

    @Test
    @DisplayName("the stochastic Euler residual vanishes for s = alpha beta and matches the formula otherwise")
    @Graded(points = 2, category = "stochastic Euler residual",
            hint = "r = beta E[(C / C') (alpha Z' K'^(alpha-1) + 1 - delta)] - 1 with z' = rho z + sigma eps at the "
                    + "rule's nodes, evaluating the policy at (z', log K')")
    void stochasticResidual(GrowthModels growth, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        BrockMirman bm = BrockMirman.defaults();
        GaussHermite rule = Hermite.five();
        for (int c = 0; c < 3; c++) {
            double z = 0.2 * rng.nextGaussian();
            double logK = -1.6 + 0.3 * rng.nextGaussian();
            credit.check("exact policy at z = " + z + ", log K = " + logK, () -> Expect.close("r",
                    growth.stochasticResidual(bm, (a, b) -> bm.savingsRate(), rule, z, logK), 0, 0, EXACT_ABS));
        }
        BrockMirman partial = bm.withDelta(0.2);
        DoubleBinaryOperator policy = (z, logK) -> 0.3 + 0.05 * Math.tanh(z - logK - 1);
        for (int c = 0; c < 3; c++) {
            double z = 0.2 * rng.nextGaussian();
            double logK = -1 + 0.5 * rng.nextGaussian();
            credit.check("s = 0.3 + 0.05 tanh(z - log K - 1), delta 0.2, at z = " + z + ", log K = " + logK, () -> {
                double expected = stochastic(partial, policy, rule, z, logK);
                Expect.close("r", growth.stochasticResidual(partial, policy, rule, z, logK), expected, FORMULA_REL,
                        TINY);
            });
        }
    }

    /** errREE of the policy 0.2 + 0.1 K / (1 + K) by the API's formula. */
    static double residual(BrockMirman m, double k) {
        double s = 0.2 + 0.1 * k / (1 + k);
        double y = Math.pow(k, m.alpha());
        double c = (1 - s) * y;
        double k1 = (1 - m.delta()) * k + s * y;
        double s1 = 0.2 + 0.1 * k1 / (1 + k1);
        double c1 = (1 - s1) * Math.pow(k1, m.alpha());
        double r1 = m.alpha() * Math.pow(k1, m.alpha() - 1);
        return 1 - c1 / (m.beta() * c * (r1 + 1 - m.delta()));
    }

    /** r of the API's stochastic residual formula. */
    static double stochastic(BrockMirman m, DoubleBinaryOperator policy, GaussHermite rule, double z, double logK) {
        double k = Math.exp(logK);
        double s = policy.applyAsDouble(z, logK);
        double y = Math.exp(z) * Math.pow(k, m.alpha());
        double c = (1 - s) * y;
        double k1 = (1 - m.delta()) * k + s * y;
        return m.beta() * rule.expectation(eps -> {
            double z1 = m.rho() * z + m.sigma() * eps;
            double y1 = Math.exp(z1) * Math.pow(k1, m.alpha());
            double c1 = (1 - policy.applyAsDouble(z1, Math.log(k1))) * y1;
            return c / c1 * (m.alpha() * Math.exp(z1) * Math.pow(k1, m.alpha() - 1) + 1 - m.delta());
        }) - 1;
    }
}
