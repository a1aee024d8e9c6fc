package dlecon.solution.e3;

import static dlecon.testing.Close.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dlecon.api.e3.Activation;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.MlpFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Values at known points, derivatives against finite differences, and behaviour at extreme or NaN inputs. */
class ActivationTest {

    /** Closed-form values computed with different but exact-to-rounding formulas. */
    private static final double EXACT = 1e-15;
    /**
     * Five-point differences with h = 1e-4: truncation ~1e-18; rounding eps |g| / h ~ 1e-12 absolute for values
     * of order 1, i.e. up to 1e-8 on GradientCheck's error scale (floor 1e-4). Observed: below 1e-8.
     */
    private static final double FD_TOLERANCE = 1e-7;
    private static final double H = 1e-4;

    private final MlpFactory f = new MlpSolution();

    private Activation g(ActivationKind kind) {
        return f.activation(kind);
    }

    @Test
    void valuesAtKnownPoints() {
        assertThat(g(ActivationKind.IDENTITY).value(-3.5)).isEqualTo(-3.5);
        assertThat(g(ActivationKind.SIGMOID).value(0)).isEqualTo(0.5);
        assertRelative("sigmoid(2)", g(ActivationKind.SIGMOID).value(2), 1 / (1 + Math.exp(-2)), EXACT);
        assertRelative("sigmoid(-3)", g(ActivationKind.SIGMOID).value(-3), 1 / (1 + Math.exp(3)), EXACT);
        assertThat(g(ActivationKind.TANH).value(0)).isEqualTo(0.0);
        assertRelative("tanh(1)", g(ActivationKind.TANH).value(1), 0.7615941559557649, EXACT);
        assertThat(g(ActivationKind.RELU).value(-2)).isEqualTo(0.0);
        assertThat(g(ActivationKind.RELU).value(2.5)).isEqualTo(2.5);
        assertThat(g(ActivationKind.LEAKY_RELU).value(-2)).isEqualTo(-2 * ActivationKind.LEAKY_SLOPE);
        assertThat(g(ActivationKind.LEAKY_RELU).value(3)).isEqualTo(3.0);
        assertRelative("swish(1)", g(ActivationKind.SWISH).value(1), 1 / (1 + Math.exp(-1)), EXACT);
        assertRelative("swish(-2)", g(ActivationKind.SWISH).value(-2), -2 / (1 + Math.exp(2)), EXACT);
    }

    @Test
    void derivativesAtKnownPoints() {
        assertThat(g(ActivationKind.IDENTITY).derivative(7)).isEqualTo(1.0);
        assertThat(g(ActivationKind.SIGMOID).derivative(0)).isEqualTo(0.25);
        assertThat(g(ActivationKind.TANH).derivative(0)).isEqualTo(1.0);
        // The kink: g'(0) = 0 for ReLU and the slope for leaky ReLU (z > 0 is strict).
        assertThat(g(ActivationKind.RELU).derivative(0)).isEqualTo(0.0);
        assertThat(g(ActivationKind.RELU).derivative(1e-300)).isEqualTo(1.0);
        assertThat(g(ActivationKind.LEAKY_RELU).derivative(0)).isEqualTo(ActivationKind.LEAKY_SLOPE);
        assertThat(g(ActivationKind.LEAKY_RELU).derivative(-5)).isEqualTo(ActivationKind.LEAKY_SLOPE);
        assertThat(g(ActivationKind.SWISH).derivative(0)).isEqualTo(0.5);
    }

    @Test
    void noOverflowAtLargeArguments() {
        Activation sigmoid = g(ActivationKind.SIGMOID);
        assertThat(sigmoid.value(-1000)).isEqualTo(0.0);
        assertThat(sigmoid.value(1000)).isEqualTo(1.0);
        assertThat(sigmoid.derivative(-1000)).isEqualTo(0.0);
        assertThat(sigmoid.derivative(1000)).isEqualTo(0.0);
        assertThat(g(ActivationKind.TANH).value(1000)).isEqualTo(1.0);
        assertThat(g(ActivationKind.TANH).value(-1000)).isEqualTo(-1.0);
        assertThat(g(ActivationKind.TANH).derivative(-1000)).isEqualTo(0.0);
        assertThat(g(ActivationKind.SWISH).value(-1000)).isZero();
        assertThat(g(ActivationKind.SWISH).value(1000)).isEqualTo(1000.0);
        assertThat(g(ActivationKind.SWISH).derivative(-1000)).isZero();
        assertThat(g(ActivationKind.SWISH).derivative(1000)).isEqualTo(1.0);
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void nanValueStaysNan(ActivationKind kind) {
        // the contract leaves NaN arguments unspecified; the reference's values propagate them
        assertThat(g(kind).value(Double.NaN)).as("%s value", kind).isNaN();
    }

    @Test
    void kinksTakeTheConventionOfNonPositiveArguments() {
        assertThat(g(ActivationKind.RELU).derivative(0.0)).isZero();
        assertThat(g(ActivationKind.RELU).derivative(-0.0)).isZero();
        assertThat(g(ActivationKind.LEAKY_RELU).derivative(0.0)).isEqualTo(ActivationKind.LEAKY_SLOPE);
        assertThat(g(ActivationKind.RELU).derivative(Double.MIN_VALUE)).isEqualTo(1.0);
        assertThat(g(ActivationKind.LEAKY_RELU).value(-0.0)).isZero();
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void derivativeMatchesFiniteDifferences(ActivationKind kind) {
        Activation a = g(kind);
        // Inputs within 1e-3 of the ReLU kink are left out: the stencil spans +-2h = 2e-4 around z.
        qt().withFixedSeed(7).withExamples(500).forAll(doubles().between(-8, 8))
                .assuming(z -> Math.abs(z) > 1e-3)
                .checkAssert(z -> {
                    double numeric = (a.value(z - 2 * H) - 8 * a.value(z - H) + 8 * a.value(z + H)
                            - a.value(z + 2 * H)) / (12 * H);
                    assertThat(GradientCheck.error(a.derivative(z), numeric))
                            .as("%s'(%s): analytic %s, numeric %s", kind, z, a.derivative(z), numeric)
                            .isLessThan(FD_TOLERANCE);
                });
    }

    @Test
    void tanhIsAccurateEverywhere() {
        // The reference's tanh is a rational approximation near 0 and an exp formula beyond 0.625: compare it with
        // Math.tanh (1 ulp) to within 3 ulps on a fine grid and at tiny arguments.
        Activation tanh = g(ActivationKind.TANH);
        for (int i = -40000; i <= 40000; i++) {
            double z = i * 5e-4;
            double expected = Math.tanh(z);
            assertThat(Math.abs(tanh.value(z) - expected)).as("tanh(%s)", z).isLessThanOrEqualTo(3 * Math.ulp(expected));
        }
        for (double z = 1e-300; z < 1; z *= 3.7) {
            assertThat(Math.abs(tanh.value(z) - Math.tanh(z))).as("tanh(%s)", z)
                    .isLessThanOrEqualTo(3 * Math.ulp(Math.tanh(z)));
            assertThat(tanh.value(-z)).isEqualTo(-tanh.value(z));
        }
    }
}
