package dlecon.solution.e6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Normalised parameters: sum c = b_j(d), sum w = 1, drawn in the documented order, ratios kept. */
class NormalisationProperties {

    /** Sums of at most 30 numbers of order 1 after one scaling each: a few ulps; 1e-12 is the spec's bar. */
    private static final double SUM_TOL = 1e-12;

    private final GenzSolution genz = new GenzSolution();

    @Test
    void drawnParametersAreNormalisedAndDrawnCThenW() {
        qt().withFixedSeed(606).withExamples(400)
                .forAll(integers().between(0, 5), integers().between(1, 30), longs().between(0, Long.MAX_VALUE))
                .checkAssert((j, d, seed) -> {
                    GenzFamily family = GenzFamily.values()[j];
                    GenzParameters p = genz.drawParameters(family, d, new SplittableRandom(seed));
                    assertThat(p.dimension()).isEqualTo(d);
                    double sc = 0;
                    double sw = 0;
                    for (int i = 0; i < d; i++) {
                        sc += p.c(i);
                        sw += p.w(i);
                    }
                    Close.assertRelative(family + " sum c, d = " + d, sc, family.difficulty(d), SUM_TOL);
                    Close.assertRelative(family + " sum w, d = " + d, sw, 1, SUM_TOL);

                    // the raw draws: c_1..c_d first, then w_1..w_d
                    SplittableRandom r = new SplittableRandom(seed);
                    double[] c = new double[d];
                    double[] w = new double[d];
                    for (int i = 0; i < d; i++) {
                        c[i] = r.nextDouble();
                    }
                    for (int i = 0; i < d; i++) {
                        w[i] = r.nextDouble();
                    }
                    double rc = 0;
                    double rw = 0;
                    for (int i = 0; i < d; i++) {
                        rc += c[i];
                        rw += w[i];
                    }
                    for (int i = 0; i < d; i++) {
                        Close.assertRelative("c[" + i + "]", p.c(i), c[i] * family.difficulty(d) / rc, SUM_TOL);
                        Close.assertRelative("w[" + i + "]", p.w(i), w[i] / rw, SUM_TOL);
                    }
                });
    }

    @Test
    void normaliseDoesNotModifyItsArgumentAndRejectsZeroSums() {
        GenzParameters raw = new GenzParameters(new double[] {1, 3}, new double[] {.2, .6});
        GenzParameters n = genz.normalise(GenzFamily.GAUSSIAN, raw);
        assertThat(raw.c()).containsExactly(1, 3);
        Close.assertRelative("c", n.c(), new double[] {7.03 / 4, 7.03 * 3 / 4}, SUM_TOL);
        Close.assertRelative("w", n.w(), new double[] {.25, .75}, SUM_TOL);
        assertThatThrownBy(() -> genz.normalise(GenzFamily.GAUSSIAN,
                new GenzParameters(new double[] {0, 0}, new double[] {.2, .6})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> genz.normalise(GenzFamily.GAUSSIAN,
                new GenzParameters(new double[] {1, 0}, new double[] {0, 0})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> genz.drawParameters(GenzFamily.GAUSSIAN, 0, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
