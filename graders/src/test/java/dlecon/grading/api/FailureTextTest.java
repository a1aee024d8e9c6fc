package dlecon.grading.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * One failure text everywhere: the message of a failed check itself carries what, expected, actual, tolerance and
 * (added by the extension) the hint; values print by content, never by identity.
 */
class FailureTextTest {

    record Case(String what, DoubleUnaryOperator f, double[] xs, double[][] m) {
    }

    @Test
    void theMessageCarriesExpectedActualToleranceAndHint() {
        GradingFailure f = catchThrowableOfType(GradingFailure.class,
                () -> Expect.close("W after step 1", 0.25, 0.5, 1e-9, 1e-12));
        assertThat(f.getMessage()).isEqualTo("W after step 1: expected 0.5, actual 0.25 (tolerance |a-e| <= 1.0E-12 "
                + "+ 1.0E-9|e|)");
        assertThat(f.what()).isEqualTo("W after step 1");
        GradingFailure hinted = f.withHint("update W with eta * delta * x");
        assertThat(hinted.getMessage()).endsWith("; hint: update W with eta * delta * x");
        assertThat(hinted.getStackTrace()).isEqualTo(f.getStackTrace());
        assertThat(hinted.withHint("another")).isSameAs(hinted);
        assertThat(catchThrowableOfType(GradingFailure.class, () -> Expect.exactly("steps", 3, 4)).getMessage())
                .isEqualTo("steps: expected 4.0, actual 3.0 (exact)");
        assertThat(GradingFailure.text("returns", "", "", "", "")).isEqualTo("returns");
    }

    @Test
    void arraysNameTheWorstEntryAndHowManyAreOutside() {
        assertThatThrownBy(() -> Expect.close("x", new double[] {1, 2.5, 3, 9}, new double[] {1, 2, 3, 4}, 0, 1e-9))
                .hasMessageStartingWith("x [3] (the worst of 2 of 4 entries outside the tolerance): expected 4.0, "
                        + "actual 9.0");
        assertThatThrownBy(() -> Expect.close("x", new double[] {1, Double.NaN}, new double[] {1, 2}, 0, 1e-9))
                .hasMessageStartingWith("x [1]: expected 2.0, actual NaN");
        assertThatThrownBy(() -> Expect.close("x", new double[] {7, 2}, new double[] {1, 2}, 0, 1e-9))
                .hasMessageStartingWith("x [0]: expected 1.0, actual 7.0");
        Expect.close("x", new double[] {1, 2}, new double[] {1, 2}, 0, 0);
    }

    @Test
    void valuesPrintByContentNeverByIdentity() {
        assertThat(Values.text(new long[] {1, 2})).isEqualTo("[1, 2]");
        assertThat(Values.text(new double[][] {{1, 2}, {3, 4}})).isEqualTo("[[1.0, 2.0], [3.0, 4.0]]");
        assertThat(Values.text(new int[20])).isEqualTo("[0, 0, 0, 0, 0, 0, 0, 0, ... (20 entries)]");
        assertThat(Values.text(null)).isEqualTo("null");
        assertThat(Values.text(List.of(1.5, "a"))).isEqualTo("[1.5, a]");
        String c = Values.text(new Case("path", x -> 2 * x, new double[] {0.5}, new double[][] {{1}}));
        assertThat(c).isEqualTo("Case[what=path, f=<function>, xs=[0.5], m=[[1.0]]]");
        assertThat(Values.text(new Object())).isEqualTo("Object");
        assertThat(c + Values.text(new long[] {1})).doesNotContainPattern("@[0-9a-f]{4,}");
    }

    @Test
    void aFalsifiedPropertyNamesItsCaseByContent() {
        GradingFailure f = catchThrowableOfType(GradingFailure.class, () -> Property.forAll(1, 20,
                org.quicktheories.generators.SourceDSL.integers().between(0, 100).map(n -> new int[] {n, n + 1}),
                xs -> Expect.exactly("first", xs[0], 0)));
        assertThat(f.what()).matches("smallest failing case \\[\\d+, \\d+\\]: first");
    }
}
