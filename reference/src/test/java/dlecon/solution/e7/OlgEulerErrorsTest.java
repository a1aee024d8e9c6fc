package dlecon.solution.e7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgPolicy;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The OLG model's exact savings shares and the relative Euler errors of policies. */
class OlgEulerErrorsTest {

    private static final long SEED = 20240611L;
    private static final int EXAMPLES = 300;
    /** A few dozen floating-point operations on O(1) quantities. */
    private static final double EXACT = 1e-12;
    /** The course prints the shares to 8 decimals. */
    private static final double PRINTED = 5e-9;

    private final GrowthModels models = new GrowthSolution();
    private final Olg olg = Olg.defaults();

    @Test
    void exactSharesAreTheCoursesNumbers() {
        double[] expected = {.65999925, .63939274, .60521121, .54337900, .41176471};
        double[] s = olg.exactSavingsShares();
        assertThat(s).hasSize(5);
        for (int i = 0; i < 5; i++) {
            Close.assertAbsolute("share of age " + (i + 1), s[i], expected[i], PRINTED);
        }
        Close.assertRelative("s_5 = beta / (1 + beta)", s[4], 0.7 / 1.7, 1e-15);
    }

    @Test
    void exactPolicyHasZeroEulerErrors() {
        double[] exact = olg.exactSavingsShares();
        OlgPolicy policy = (eta, delta, k) -> exact.clone();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(integers().between(0, 3), integers().all())
                .checkAssert((shock, seed) -> {
                    double[] k = randomHoldings(new SplittableRandom(seed));
                    double eta = shock % 2 == 0 ? olg.etaLow() : olg.etaHigh();
                    double delta = shock / 2 == 0 ? olg.deltaLow() : olg.deltaHigh();
                    double[] e = models.olgEulerErrors(olg, policy, eta, delta, k);
                    assertThat(e).hasSize(5);
                    for (int i = 0; i < e.length; i++) {
                        Close.assertAbsolute("e_" + (i + 1), e[i], 0, EXACT);
                    }
                });
    }

    /**
     * For constant shares s_i the returns cancel: c'_{i+1} = (1 - s_{i+1}) r' s_i x_i, so
     * e_i = s_i (1 - s_{i+1}) / (beta (1 - s_i)) - 1 at every state.
     */
    @Test
    void constantSharesGiveTheAnalyticErrors() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(doubles().between(0.05, 0.9), integers().all())
                .checkAssert((level, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] s = new double[5];
                    for (int i = 0; i < 5; i++) {
                        s[i] = level * rng.nextDouble(0.8, 1.1);
                    }
                    double[] e = models.olgEulerErrors(olg, (eta, delta, k) -> s.clone(), olg.etaHigh(),
                            olg.deltaLow(), randomHoldings(rng));
                    for (int i = 0; i < 5; i++) {
                        double next = i < 4 ? s[i + 1] : 0;
                        Close.assertRelative("e_" + (i + 1), 1 + e[i], s[i] * (1 - next) / (0.7 * (1 - s[i])),
                                EXACT);
                    }
                });
    }

    /** A state-dependent policy: the errors depend on the shocks and on k, and the exact shares are not a root. */
    @Test
    void stateDependentPoliciesAreJudgedThroughTheNextStates() {
        double[] exact = olg.exactSavingsShares();
        OlgPolicy tilted = (eta, delta, k) -> {
            double[] s = exact.clone();
            s[1] *= eta; // age 2 saves more in good times: age 1's Euler equation must notice through c'_2
            return s;
        };
        double[] k = {0.02, 0.03, 0.03, 0.02, 0.01};
        double[] e = models.olgEulerErrors(olg, tilted, 1.05, 0.5, k);
        // e_1 = (beta E[r' / c'_2])^(-1) / c_1 - 1 with c'_2 = (1 - s'_2) r' a_1 = (1 - eta' s_2*) r' s_1* w
        double expectedInverse = 0.5 / (1 - 0.95 * exact[1]) + 0.5 / (1 - 1.05 * exact[1]);
        double oneMinusS1 = 1 - exact[0];
        Close.assertRelative("1 + e_1", 1 + e[0], exact[0] / (0.7 * oneMinusS1 * expectedInverse), EXACT);
        assertThat(Math.abs(e[1])).isGreaterThan(1e-3);
        Close.assertAbsolute("e_3 (ages 3.. are exact)", e[2], 0, EXACT);
    }

    @Test
    void badArgumentsAndNaN() {
        OlgPolicy exact = (eta, delta, k) -> olg.exactSavingsShares();
        double[] k = {0.02, 0.03, 0.03, 0.02, 0.01};
        assertThatThrownBy(() -> models.olgEulerErrors(olg, exact, 1, 0.5, new double[4]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.olgEulerErrors(olg, exact, 1, 0.5, new double[5]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> models.olgEulerErrors(olg, (a, b, c) -> new double[3], 1, 0.5, k))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.olgEulerErrors(null, exact, 1, 0.5, k))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Olg(1, 0.3, 0.7, 0.95, 1.05, 0.5, 0.9))
                .isInstanceOf(IllegalArgumentException.class);
        double[] nan = models.olgEulerErrors(olg, (a, b, c) -> new double[] {Double.NaN, .6, .6, .5, .4}, 1, 0.5, k);
        assertThat(nan[0]).isNaN();
        double[] before = k.clone();
        models.olgEulerErrors(olg, exact, 1, 0.5, k);
        assertThat(k).containsExactly(before);
    }

    /** Arbitrary positive holdings k_2..k_6 in [0.005, 0.1] (the identities tested hold at any state). */
    private static double[] randomHoldings(SplittableRandom rng) {
        double[] k = new double[5];
        for (int i = 0; i < 5; i++) {
            k[i] = rng.nextDouble(0.005, 0.1);
        }
        return k;
    }
}
