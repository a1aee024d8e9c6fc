package dlecon.solution.e7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.testing.Close;
import org.junit.jupiter.api.Test;

/** The Gauss-Hermite rule for E[f(eps)], eps ~ N(0, 1). */
class GaussHermiteTest {

    private static final long SEED = 20240607L;
    /** Moments and exponentials summed over at most 100 nodes in double precision. */
    private static final double QUADRATURE = 1e-12;

    private final GrowthModels models = new GrowthSolution();

    /** E[eps^d] = (d - 1)!! for even d, 0 for odd d. */
    private static double normalMoment(int d) {
        if (d % 2 == 1) {
            return 0;
        }
        double m = 1;
        for (int j = d - 1; j > 1; j -= 2) {
            m *= j;
        }
        return m;
    }

    @Test
    void fiveNodeRuleMatchesTheTabulatedValues() {
        GaussHermite rule = models.gaussHermite(5);
        // physicists' roots of H_5 (Abramowitz and Stegun table 25.10) times sqrt(2)
        double x1 = 0.958572464613819;
        double x2 = 2.020182870456086;
        double[] nodes = {-x2 * Math.sqrt(2), -x1 * Math.sqrt(2), 0, x1 * Math.sqrt(2), x2 * Math.sqrt(2)};
        // physicists' weights divided by sqrt(pi)
        double w0 = 0.945308720482942 / Math.sqrt(Math.PI);
        double w1 = 0.393619323152241 / Math.sqrt(Math.PI);
        double w2 = 0.019953242059046 / Math.sqrt(Math.PI);
        double[] weights = {w2, w1, w0, w1, w2};
        assertThat(rule.size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            Close.assertAbsolute("node " + i, rule.nodes()[i], nodes[i], 1e-13);
            Close.assertRelative("weight " + i, rule.weights()[i], weights[i], 1e-12);
        }
    }

    @Test
    void integratesPolynomialsUpToDegree2nMinus1Exactly() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(integers().between(1, 30)).checkAssert(n -> {
            GaussHermite rule = models.gaussHermite(n);
            assertThat(rule.size()).isEqualTo(n);
            double[] nodes = rule.nodes();
            for (int i = 1; i < n; i++) {
                assertThat(nodes[i]).as("nodes increasing").isGreaterThan(nodes[i - 1]);
            }
            for (int d = 0; d <= 2 * n - 1; d++) {
                int degree = d;
                double value = rule.expectation(e -> Math.pow(e, degree));
                // relative to the largest term of the sum, about E[|eps|^d] <= (d - 1)!! + 1
                Close.assertAbsolute("E[eps^" + d + "] with " + n + " nodes", value, normalMoment(d),
                        QUADRATURE * (normalMoment(d + d % 2) + 1));
            }
            // degree 2n is not integrated exactly: the error is n! (positive)
            double first = rule.expectation(e -> Math.pow(e, 2 * n));
            assertThat(normalMoment(2 * n) - first).as("error at degree 2n with " + n + " nodes")
                    .isGreaterThan(0.5 * factorial(n));
        });
    }

    private static double factorial(int n) {
        double f = 1;
        for (int j = 2; j <= n; j++) {
            f *= j;
        }
        return f;
    }

    @Test
    void expectationOfExponentialIsTheLognormalMean() {
        // 5 nodes: the first neglected term a^10 (E eps^10 - rule) / 10! is below 3e-4 a^10, i.e. 3e-14 for |a| <= .1
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(-0.1, 0.1)).checkAssert(a ->
                Close.assertRelative("E exp(a eps), 5 nodes, a = " + a,
                        models.gaussHermite(5).expectation(e -> Math.exp(a * e)), Math.exp(a * a / 2), QUADRATURE));
        // 20 nodes: the neglected terms are below a^40 / (2^20 20!) = 4e-13 for |a| <= 2
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(-2, 2)).checkAssert(a ->
                Close.assertRelative("E exp(a eps), 20 nodes, a = " + a,
                        models.gaussHermite(20).expectation(e -> Math.exp(a * e)), Math.exp(a * a / 2), QUADRATURE));
    }

    @Test
    void largestRuleIsAccurate() {
        GaussHermite rule = models.gaussHermite(100);
        Close.assertRelative("sum of weights", rule.expectation(e -> 1), 1, QUADRATURE);
        Close.assertRelative("variance", rule.expectation(e -> e * e), 1, QUADRATURE);
        Close.assertRelative("E exp(eps)", rule.expectation(Math::exp), Math.exp(0.5), QUADRATURE);
    }

    @Test
    void singleNodeRuleIsTheMean() {
        GaussHermite rule = models.gaussHermite(1);
        assertThat(rule.nodes()).containsExactly(0.0);
        Close.assertRelative("weight", rule.weights()[0], 1, QUADRATURE);
    }

    @Test
    void outOfRangeNodeCountsAreRejected() {
        assertThatThrownBy(() -> models.gaussHermite(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> models.gaussHermite(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GaussHermite(new double[] {0, 1}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
