package dlecon.solution.e1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dlecon.api.Exercise;
import dlecon.api.Solutions;
import dlecon.api.e1.GradientDescent;
import dlecon.testing.Close;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** 1-D descent: the notebook's two runs on f(x) = x^3 - 2x^2 + 2, the recurrence, the stopping rule, bad input. */
class ScalarDescentTest {

    /** The notebook prints its results with 17 digits; the reference reproduces them to rounding. */
    private static final double NOTEBOOK_REL_TOL = 1e-12;

    /** The notebook's precision on |x_new - x_old|. */
    private static final double TOL = 1e-4;

    private static final int MAX_STEPS = 10_000;

    private final GradientDescent gd = Solutions.load(Exercise.E1, GradientDescent.class);

    @Test
    void fixedStepReproducesTheNotebook() {
        double[] path = gd.descend(NotebookData::cubicDerivative, 2.0, 0.1, TOL, MAX_STEPS);

        // the notebook's "Number of steps: 17" is len(x_list), i.e. x_0 .. x_16: 16 updates
        assertThat(path).hasSize(17);
        Close.assertRelative("path start", new double[] {path[0], path[1], path[2], path[3]},
                new double[] {2, 1.6, 1.472, 1.4107648}, NOTEBOOK_REL_TOL);
        Close.assertRelative("local minimum", path[16], 1.3334253508453249, NOTEBOOK_REL_TOL);
        assertThat(Math.abs(path[16] - path[15])).isLessThanOrEqualTo(TOL);
        assertThat(Math.abs(path[15] - path[14])).isGreaterThan(TOL);
        assertThat(Math.abs(path[16] - 4.0 / 3)).isLessThan(1e-4);
    }

    @Test
    void decayingStepReproducesTheNotebook() {
        double[] path = gd.descendDecaying(NotebookData::cubicDerivative, 2.0, 0.17, 1, TOL, MAX_STEPS);

        assertThat(path).hasSize(6);
        // 1.3304526518 etc. are printed to 10 digits in the course notes: compare those to 1e-10
        Close.assertRelative("path", new double[] {path[0], path[1], path[2]}, new double[] {2, 1.32, 1.328976},
                NOTEBOOK_REL_TOL);
        Close.assertRelative("path (10 digits)", new double[] {path[3], path[4]},
                new double[] {1.3304526518, 1.3307784237}, 1e-10);
        Close.assertRelative("local minimum", path[5], 1.3308506740900838, NOTEBOOK_REL_TOL);
    }

    @Test
    void decayingStepSizesAreCumulative() {
        // f'(x) = 1 makes every update equal to -eta_k: eta_0 = .5, eta_1 = .5/(1+0), eta_2 = eta_1/(1+2),
        // eta_3 = eta_2/(1+2*2) with d = 2
        double[] path = gd.descendDecaying(x -> 1.0, 0.0, 0.5, 2, 0, 4);

        double eta1 = 0.5;
        double eta2 = eta1 / 3;
        double eta3 = eta2 / 5;
        Close.assertRelative("steps", new double[] {path[1] - path[0], path[2] - path[1], path[3] - path[2],
            path[4] - path[3]}, new double[] {-0.5, -eta1, -eta2, -eta3}, 1e-14);
    }

    @Test
    void zeroDecayIsTheFixedStep() {
        assertThat(gd.descendDecaying(NotebookData::cubicDerivative, 2.0, 0.1, 0, TOL, MAX_STEPS))
                .containsExactly(gd.descend(NotebookData::cubicDerivative, 2.0, 0.1, TOL, MAX_STEPS));
    }

    @Test
    void recurrenceAndStoppingRuleHoldForRandomQuadratics() {
        // f(x) = a/2 (x - c)^2: every element obeys x_{k+1} = x_k - eta f'(x_k) exactly; the run stops at the first
        // |x_{k+1} - x_k| <= tol or after maxSteps updates
        qt().withFixedSeed(11).withExamples(300)
                .forAll(doubles().between(0.1, 5), doubles().between(-10, 10), doubles().between(1e-4, 0.3),
                        integers().between(0, 60))
                .checkAssert((a, c, eta, maxSteps) -> {
                    DoubleUnaryOperator derivative = x -> a * (x - c);
                    double tol = 1e-3;
                    double[] path = gd.descend(derivative, 3.0, eta, tol, maxSteps);
                    assertThat(path.length).isBetween(1, maxSteps + 1);
                    assertThat(path[0]).isEqualTo(3.0);
                    for (int k = 0; k + 1 < path.length; k++) {
                        assertThat(path[k + 1]).isEqualTo(path[k] - eta * derivative.applyAsDouble(path[k]));
                        boolean last = k + 2 == path.length;
                        if (!last) {
                            assertThat(Math.abs(path[k + 1] - path[k])).isGreaterThan(tol);
                        } else if (path.length < maxSteps + 1) {
                            assertThat(Math.abs(path[k + 1] - path[k])).isLessThanOrEqualTo(tol);
                        }
                    }
                });
    }

    @Test
    void maxStepsBoundsTheRun() {
        assertThat(gd.descend(NotebookData::cubicDerivative, 2.0, 0.1, TOL, 0)).containsExactly(2.0);
        assertThat(gd.descend(NotebookData::cubicDerivative, 2.0, 0.1, TOL, 5)).hasSize(6);
        assertThat(gd.descendDecaying(NotebookData::cubicDerivative, 2.0, 0.17, 1, TOL, 3)).hasSize(4);
    }

    @Test
    void divergenceEndsAtTheFirstNonFiniteIterate() {
        // f(x) = x^2 with eta = 1.5: x_{k+1} = -2 x_k overflows after about 1024 updates
        double[] path = gd.descend(x -> 2 * x, 1.0, 1.5, TOL, 5000);

        assertThat(path.length).isLessThan(1100);
        assertThat(Double.isInfinite(path[path.length - 1])).isTrue();
        for (int k = 0; k + 1 < path.length; k++) {
            assertThat(Double.isFinite(path[k])).isTrue();
        }
    }

    @Test
    void aNanDerivativeEndsTheRunWithNan() {
        double[] path = gd.descend(x -> x < 1.5 ? Double.NaN : 1.0, 2.0, 0.6, TOL, 100);

        assertThat(path).hasSize(3);
        assertThat(path[2]).isNaN();
    }

    @Test
    void badArgumentsAreRejected() {
        DoubleUnaryOperator d = NotebookData::cubicDerivative;
        assertThatThrownBy(() -> gd.descend(null, 2, 0.1, TOL, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gd.descend(d, Double.NaN, 0.1, TOL, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x0");
        assertThatThrownBy(() -> gd.descend(d, 2, 0, TOL, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eta");
        assertThatThrownBy(() -> gd.descend(d, 2, Double.NaN, TOL, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gd.descend(d, 2, 0.1, -1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> gd.descend(d, 2, 0.1, TOL, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSteps");
        assertThatThrownBy(() -> gd.descendDecaying(d, 2, 0.1, -1, TOL, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decay");
        assertThatThrownBy(() -> gd.descendDecaying(d, 2, 0.1, Double.NaN, TOL, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
