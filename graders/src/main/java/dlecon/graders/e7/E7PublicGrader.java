package dlecon.graders.e7;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.Exercise;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Property;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E7 graders: the Brock-Mirman Euler residuals, deterministic and stochastic, against the sheet's formulas. */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.PUBLIC)
class E7PublicGrader {

    /** The course's bound on the residual of the exact policy (course-spec section 8). */
    static final double EXACT_ABS = 1e-12;
    /**
     * A residual is a handful of powers, products and one division of numbers of order 1e-2..1e2, each rounded to
     * half an ulp (1.1e-16): any evaluation order agrees to about 1e-15 relative; 1e-12 leaves a factor of 1000.
     */
    static final double FORMULA_REL = 1e-12;
    /** Absolute floor for residuals that are 0 up to rounding: 1 - C'/D with C'/D near 1 keeps about 2e-16. */
    static final double TINY = 1e-14;
    /** Random cases per property. */
    static final int EXAMPLES = 40;

    /** A Brock-Mirman case: calibration, state and the policy s(K) = c0 + c1 K / (1 + K). */
    record DeterministicCase(BrockMirman model, double k, double c0, double c1) {
        double savings(double capital) {
            return c0 + c1 * capital / (1 + capital);
        }
    }

    /** A stochastic case: calibration, state, s(z, log K) = c0 + c1 tanh(z - c2 (log K + 1.6)) and a rule. */
    record StochasticCase(BrockMirman model, double z, double logK, double c0, double c1, double c2,
                          GaussHermite rule) {
        double savings(double zz, double lk) {
            return c0 + c1 * Math.tanh(zz - c2 * (lk + 1.6));
        }

        @Override
        public String toString() {
            return "model " + model + ", z " + z + ", log K " + logK + ", s = " + c0 + " + " + c1 + " tanh(z - " + c2
                    + " (log K + 1.6)), rule nodes " + java.util.Arrays.toString(rule.nodes()) + " weights "
                    + java.util.Arrays.toString(rule.weights());
        }
    }

    @Test
    @DisplayName("the deterministic Euler residual vanishes for s = alpha beta and matches the formula otherwise")
    @Graded(points = 2, category = "deterministic Euler residual", task = Tasks.DETERMINISTIC_RESIDUAL,
            hint = "errREE = 1 - C' / (beta C (R' + 1 - delta)) with K' = (1 - delta) K + s(K) K^alpha, "
                    + "C' = (1 - s(K')) K'^alpha and R' = alpha K'^(alpha - 1); evaluate the policy at K and at K'")
    void deterministicResidual(GrowthModels growth, TestSeed seed) {
        Property.forAll(seed.value(), EXAMPLES, doubles().between(0.1, 0.6).zip(doubles().between(0.8, 0.995),
                doubles().between(0.02, 3), (a, b, k) -> new DeterministicCase(new BrockMirman(a, b, 1, 0.9, 0.04), k,
                        a * b, 0)), c -> checkDeterministic(growth, c));
        Property.forAll(seed.value() + 1, EXAMPLES, doubles().between(0.05, 1).zip(doubles().between(0.02, 3),
                doubles().between(0.1, 0.5), doubles().between(-0.1, 0.3), (d, k, c0, c1) -> new DeterministicCase(
                        new BrockMirman(0.36, 0.99, d, 0.9, 0.04), k, c0, c1)), c -> checkDeterministic(growth, c));
        BrockMirman bm = BrockMirman.defaults();
        for (DeterministicCase c : new DeterministicCase[] {new DeterministicCase(bm, 1e-4, bm.savingsRate(), 0),
                new DeterministicCase(bm, 80, bm.savingsRate(), 0), new DeterministicCase(bm, 0.5, 0.2, 0.1),
                new DeterministicCase(bm.withDelta(0.1), 1e-3, 0.3, 0.05),
                new DeterministicCase(bm.withDelta(0.1), 40, 0.05, 0.01),
                new DeterministicCase(new BrockMirman(0.3, 0.9, 0.5, 0, 0), 2, 0.6, -0.3)}) {
            checkDeterministic(growth, c);
        }
    }

    private static void checkDeterministic(GrowthModels growth, DeterministicCase c) {
        DoubleUnaryOperator policy = c::savings;
        double expected = c.c1() == 0 && c.model().delta() == 1 && c.c0() == c.model().savingsRate() ? 0
                : residual(c.model(), policy, c.k());
        Expect.close("errREE for " + c, growth.deterministicResidual(c.model(), policy, c.k()), expected, FORMULA_REL,
                expected == 0 ? EXACT_ABS : TINY);
    }

    @Test
    @DisplayName("the stochastic Euler residual vanishes for s = alpha beta and matches the formula otherwise")
    @Graded(points = 2, category = "stochastic Euler residual", task = Tasks.STOCHASTIC_RESIDUAL,
            hint = "r = beta sum_j w_j (C / C'_j) (alpha Z'_j K'^(alpha-1) + 1 - delta) - 1 with z'_j = rho z + sigma "
                    + "eps_j at the rule's nodes and weights as given, Z'_j = exp(z'_j), the policy at (z'_j, log K')")
    void stochasticResidual(GrowthModels growth, TestSeed seed) {
        Property.forAll(seed.value(), EXAMPLES, doubles().between(0.1, 0.6).zip(doubles().between(0.8, 0.995),
                doubles().between(-0.95, 0.95), longs().all(), (a, b, rho, state) -> {
                    SplittableRandom r = new SplittableRandom(state);
                    BrockMirman m = new BrockMirman(a, b, 1, rho, 0.2 * r.nextDouble());
                    return new StochasticCase(m, r.nextDouble(-0.3, 0.3), r.nextDouble(-3, 1), a * b, 0, 0,
                            r.nextBoolean() ? Hermite.five() : Hermite.three());
                }), c -> checkStochastic(growth, c));
        Property.forAll(seed.value() + 1, EXAMPLES, doubles().between(0.05, 1).zip(doubles().between(-0.95, 0.95),
                longs().all(), (d, rho, state) -> {
                    SplittableRandom r = new SplittableRandom(state);
                    BrockMirman m = new BrockMirman(r.nextDouble(0.2, 0.5), r.nextDouble(0.85, 0.99), d, rho,
                            r.nextDouble(0.01, 0.2));
                    return new StochasticCase(m, r.nextDouble(-0.3, 0.3), r.nextDouble(-3, 1), r.nextDouble(0.2, 0.4),
                            r.nextDouble(-0.1, 0.1), r.nextDouble(-1, 1), randomRule(r));
                }), c -> checkStochastic(growth, c));
        BrockMirman bm = BrockMirman.defaults();
        GaussHermite single = new GaussHermite(new double[] {0}, new double[] {1});
        GaussHermite skewed = new GaussHermite(new double[] {-1.5, 0.25, 2}, new double[] {0.5, 0.2, 0.45});
        for (StochasticCase c : new StochasticCase[] {
                new StochasticCase(bm, 0, Math.log(bm.steadyStateCapital()), bm.savingsRate(), 0, 0, single),
                new StochasticCase(bm, 0.2, -1.2, 0.3, 0.05, 0.5, skewed),
                new StochasticCase(bm.withDelta(0.1), -0.15, 1.5, 0.25, 0.08, 1, Hermite.five()),
                new StochasticCase(bm.withDelta(0.1).withShocks(-0.5, 0.1), 0.1, -2.5, 0.35, -0.05, -1, skewed),
                new StochasticCase(bm.withShocks(0.9, 0), 0.05, -1.6, 0.3, 0.02, 2, Hermite.three())}) {
            checkStochastic(growth, c);
        }
    }

    private static void checkStochastic(GrowthModels growth, StochasticCase c) {
        DoubleBinaryOperator policy = c::savings;
        double sum = 0;
        for (double w : c.rule().weights()) {
            sum += w;
        }
        boolean exact = c.c1() == 0 && c.model().delta() == 1 && c.c0() == c.model().savingsRate() && sum == 1;
        double expected = exact ? 0 : stochastic(c.model(), policy, c.rule(), c.z(), c.logK());
        Expect.close("r for " + c, growth.stochasticResidual(c.model(), policy, c.rule(), c.z(), c.logK()), expected,
                FORMULA_REL, exact ? EXACT_ABS : TINY);
    }

    /** A rule with 1 to 4 arbitrary nodes in (-2.5, 2.5) and positive weights that need not sum to 1. */
    static GaussHermite randomRule(SplittableRandom r) {
        int n = 1 + r.nextInt(4);
        double[] nodes = new double[n];
        double[] weights = new double[n];
        for (int j = 0; j < n; j++) {
            nodes[j] = r.nextDouble(-2.5, 2.5);
            weights[j] = r.nextDouble(0.05, 0.6);
        }
        return new GaussHermite(nodes, weights);
    }

    /** errREE of the sheet's formula. */
    static double residual(BrockMirman m, DoubleUnaryOperator policy, double k) {
        double out = Math.pow(k, m.alpha());
        double save = policy.applyAsDouble(k);
        double kTomorrow = (1 - m.delta()) * k + save * out;
        double consTomorrow = (1 - policy.applyAsDouble(kTomorrow)) * Math.pow(kTomorrow, m.alpha());
        double gross = m.alpha() * Math.pow(kTomorrow, m.alpha() - 1) + 1 - m.delta();
        return 1 - consTomorrow / (m.beta() * (1 - save) * out * gross);
    }

    /** r of the sheet's stochastic formula, the expectation by {@link GaussHermite#expectation}. */
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
