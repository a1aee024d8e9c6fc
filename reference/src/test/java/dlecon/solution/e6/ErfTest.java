package dlecon.solution.e6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dlecon.testing.Close;
import org.junit.jupiter.api.Test;

/** erf against known values (both sides of the series / continued-fraction switch at 2.5), oddness, limits. */
class ErfTest {

    /** The brief's accuracy target for erf: about 1e-15 absolute. */
    private static final double ERF_TOL = 1e-15;

    private final GenzSolution genz = new GenzSolution();

    @Test
    void knownValues() {
        Close.assertAbsolute("erf(0.5)", genz.erf(0.5), 0.5204998778130465, ERF_TOL);
        Close.assertAbsolute("erf(1)", genz.erf(1), 0.8427007929497149, ERF_TOL);
        Close.assertAbsolute("erf(2)", genz.erf(2), 0.9953222650189527, ERF_TOL);
        Close.assertAbsolute("erf(6)", genz.erf(6), 1, ERF_TOL);
        assertThat(genz.erf(0)).isZero();
    }

    /** 20-digit values computed with mpmath at 50 digits (course-spec tag [C]). */
    @Test
    void highPrecisionValuesAcrossTheBranches() {
        double[][] table = {
            {1e-10, 1.1283791670955125739e-10},
            {0.1, 0.1124629160182848922},
            {2.4999, 0.99959283009966654908},
            {2.5, 0.99959304798255504106},
            {3, 0.99997790950300141456},
            {4, 0.99999998458274209972},
            {5.5, 0.99999999999999264215},
        };
        for (double[] row : table) {
            Close.assertAbsolute("erf(" + row[0] + ")", genz.erf(row[0]), row[1], ERF_TOL);
        }
        Close.assertRelative("erf(1e-10) relative", genz.erf(1e-10), 1.1283791670955125739e-10, ERF_TOL);
    }

    @Test
    void limitsAndNaN() {
        assertThat(genz.erf(Double.POSITIVE_INFINITY)).isEqualTo(1);
        assertThat(genz.erf(Double.NEGATIVE_INFINITY)).isEqualTo(-1);
        assertThat(genz.erf(40)).isEqualTo(1);
        assertThat(genz.erf(Double.NaN)).isNaN();
    }

    @Test
    void oddMonotoneAndBounded() {
        qt().withFixedSeed(15).withExamples(2000).forAll(doubles().between(-8, 8), doubles().between(0, 0.5))
                .checkAssert((x, h) -> {
                    assertThat(genz.erf(-x)).isEqualTo(-genz.erf(x));
                    assertThat(Math.abs(genz.erf(x))).isLessThanOrEqualTo(1);
                    assertThat(genz.erf(x + h)).isGreaterThanOrEqualTo(genz.erf(x) - 2 * Math.ulp(1.0));
                });
    }
}
