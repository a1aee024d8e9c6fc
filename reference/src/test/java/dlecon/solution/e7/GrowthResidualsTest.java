package dlecon.solution.e7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import dlecon.testing.Close;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The Euler residuals: zero for exact policies, the right value for perturbed ones, and consistent with each other. */
class GrowthResidualsTest {

    private static final long SEED = 20240608L;
    private static final int EXAMPLES = 500;
    /** A handful of floating-point operations on O(1) quantities. */
    private static final double EXACT = 1e-12;

    private final GrowthModels models = new GrowthSolution();
    private final BrockMirman bm = BrockMirman.defaults();
    private final GaussHermite rule5 = new GrowthSolution().gaussHermite(5);

    @Test
    void exactPoliciesGiveZeroResiduals() {
        DoubleUnaryOperator s = k -> bm.savingsRate();
        DoubleBinaryOperator s2 = (z, logK) -> bm.savingsRate();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(doubles().between(0.01, 5)).checkAssert(k ->
                Close.assertAbsolute("errREE at K = " + k, models.deterministicResidual(bm, s, k), 0, EXACT));
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(doubles().between(-0.5, 0.5), doubles().between(-4, 1)).checkAssert((z, logK) ->
                        Close.assertAbsolute("r at (z, log K) = (" + z + ", " + logK + ")",
                                models.stochasticResidual(bm, s2, rule5, z, logK), 0, EXACT));
        // neoclassical with delta = 1 and log utility: k' = beta theta k^theta
        Neoclassical log = new Neoclassical(0.3, 0.96, 1, 1);
        DoubleUnaryOperator phi = k -> 0.96 * 0.3;
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(doubles().between(0.01, 10)).checkAssert(k ->
                Close.assertAbsolute("R at k = " + k, models.neoclassicalResidual(log, phi, k), 0, EXACT));
    }

    @Test
    void steadyStatePolicyGivesZeroNeoclassicalResidualAtTheSteadyState() {
        Neoclassical m = Neoclassical.defaults();
        double share = m.steadyStateInvestmentShare();
        double kStar = m.steadyStateCapital();
        Close.assertAbsolute("R(k*)", models.neoclassicalResidual(m, k -> share, kStar), 0, EXACT);
        // investing more than the steady-state share at k* lowers c now, raises c' and lowers the return: R < 0
        assertThat(models.neoclassicalResidual(m, k -> 1.1 * share, kStar)).isLessThan(-0.01);
        assertThat(models.neoclassicalResidual(m, k -> 0.9 * share, kStar)).isGreaterThan(0.01);
    }

    /** For a constant savings rate s and delta = 1: errREE = 1 - s/(alpha beta), r = alpha beta / s - 1. */
    @Test
    void perturbedPoliciesGiveTheAnalyticResidual() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(doubles().between(0.05, 0.95), doubles().between(0.01, 5)).checkAssert((s, k) -> {
                    Close.assertAbsolute("errREE, s = " + s, models.deterministicResidual(bm, x -> s, k),
                            1 - s / bm.savingsRate(), EXACT);
                    Close.assertAbsolute("r, s = " + s,
                            models.stochasticResidual(bm, (z, x) -> s, rule5, Math.log(k) / 3, Math.log(k)),
                            bm.savingsRate() / s - 1, EXACT * (1 / s));
                });
        // saving too much lowers the return on capital: negative residuals
        assertThat(models.deterministicResidual(bm, k -> 1.01 * bm.savingsRate(), 0.3)).isNegative();
        assertThat(models.stochasticResidual(bm, (z, k) -> 1.01 * bm.savingsRate(), rule5, 0, -1.6)).isNegative();
        // neoclassical, delta = 1, constant share phi: k' = phi k^theta,
        // R = beta (k'/k)^(-gamma theta) theta k'^(theta-1) - 1
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(doubles().between(0.05, 0.95),
                doubles().between(0.05, 5), doubles().between(0.5, 6)).checkAssert((phi, k, gamma) -> {
                    Neoclassical m = new Neoclassical(0.3, 0.96, gamma, 1);
                    double kNext = phi * Math.pow(k, 0.3);
                    double expected = 0.96 * Math.pow(kNext / k, -gamma * 0.3) * 0.3 * Math.pow(kNext, -0.7) - 1;
                    Close.assertRelative("R, phi = " + phi + ", gamma = " + gamma,
                            models.neoclassicalResidual(m, x -> phi, k), expected, 1e-11);
                });
    }

    /**
     * With gamma = 1 and theta = alpha the neoclassical residual R and Brock-Mirman's errREE describe the same
     * Euler equation: errREE = R / (1 + R); and with sigma = 0 at z = 0 the stochastic r equals R. Checked for
     * state-dependent policies and delta &lt; 1, where the policy must be evaluated at K and K'.
     */
    @Test
    void residualsAgreeForStateDependentPolicies() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(doubles().between(0.05, 1),
                doubles().between(0.05, 3), doubles().between(0.1, 0.4), doubles().between(-0.3, 0.3))
                .checkAssert((delta, k, s0, slope) -> {
                    DoubleUnaryOperator s = x -> s0 + 0.5 * slope * Math.tanh(x - 1);
                    BrockMirman m = bm.withDelta(delta).withShocks(0.9, 0);
                    Neoclassical n = new Neoclassical(m.alpha(), m.beta(), 1, delta);
                    double r = models.neoclassicalResidual(n, s, k);
                    Close.assertAbsolute("errREE vs R/(1+R)", models.deterministicResidual(m, s, k), r / (1 + r),
                            EXACT);
                    Close.assertAbsolute("stochastic r with sigma = 0",
                            models.stochasticResidual(m, (z, logK) -> s.applyAsDouble(Math.exp(logK)), rule5, 0,
                                    Math.log(k)), r, EXACT);
                });
    }

    /** A productivity-dependent policy: the expectation must use z' = rho z + sigma eps at every node. */
    @Test
    void stochasticResidualAveragesOverTheNodes() {
        DoubleBinaryOperator s = (z, logK) -> 0.3 + 0.1 * Math.tanh(3 * z) + 0.02 * logK;
        double z = 0.1;
        double logK = -1.5;
        double[] eps = rule5.nodes();
        double[] w = rule5.weights();
        double y = Math.exp(z + 0.36 * logK);
        double c = (1 - s.applyAsDouble(z, logK)) * y;
        double kNext = s.applyAsDouble(z, logK) * y;
        double expected = 0;
        for (int i = 0; i < 5; i++) {
            double zNext = 0.9 * z + 0.04 * eps[i];
            double cNext = (1 - s.applyAsDouble(zNext, Math.log(kNext))) * Math.exp(zNext) * Math.pow(kNext, 0.36);
            expected += w[i] * (c / cNext) * 0.36 * Math.exp(zNext) * Math.pow(kNext, -0.64);
        }
        Close.assertRelative("r", models.stochasticResidual(bm, s, rule5, z, logK), 0.99 * expected - 1, EXACT);
    }

    @Test
    void badArgumentsAndNaN() {
        assertThatThrownBy(() -> models.deterministicResidual(bm, k -> 0.3, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.deterministicResidual(null, k -> 0.3, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.stochasticResidual(bm, null, rule5, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.stochasticResidual(bm, (z, k) -> 0.3, null, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.neoclassicalResidual(Neoclassical.defaults(), k -> 0.2, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.neoclassicalResidual(Neoclassical.defaults(), null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(models.deterministicResidual(bm, k -> Double.NaN, 0.5)).isNaN();
        assertThat(models.stochasticResidual(bm, (z, k) -> 0.3, rule5, Double.NaN, 0)).isNaN();
        assertThat(models.neoclassicalResidual(Neoclassical.defaults(), k -> Double.NaN, 1)).isNaN();
    }
}
