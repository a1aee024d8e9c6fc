package dlecon.graders.e6;

import dlecon.api.Exercise;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E6 graders of the parameters: normalisation, and the documented draws of drawParameters. */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.PUBLIC)
class E6ParameterGrader {

    /** Normalised entries are one quotient and product of sums of at most 6 terms: a few ulps; 1e-13 spare. */
    private static final double SUM_REL = 1e-13;

    @Test
    @DisplayName("normalised parameters satisfy sum c = b_j(d) and sum w = 1 and keep the raw proportions")
    @Graded(points = 2, category = "Genz parameter normalisation", task = Tasks.PARAMETERS,
            hint = "c_i' = c_i b_j(d) / sum c, w_i' = w_i / sum w; b_2(d) = d grows with the dimension; entries that "
                    + "are 0 stay 0; the raw parameters are not changed")
    void normalisation(GenzFactory genz, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (GenzFamily f : GenzFamily.values()) {
            for (int d : new int[] {1, 2, 2 + rng.nextInt(5)}) {
                double[] c = new double[d];
                double[] w = new double[d];
                for (int i = 0; i < d; i++) {
                    c[i] = i == 1 ? 0 : 0.1 + rng.nextDouble();
                    w[i] = i == d - 1 && d > 2 ? 0 : 0.1 + rng.nextDouble() * 0.9;
                }
                if (d == 2) {
                    // sums already 1: normalising leaves w as it is and scales c by b_j(2)
                    c = new double[] {0.25, 0.75};
                    w = new double[] {0.5, 0.5};
                }
                GenzParameters raw = new GenzParameters(c, w);
                GenzParameters n = genz.normalise(f, raw);
                String what = f + ", raw c = " + Arrays.toString(c) + ", w = " + Arrays.toString(w) + ": ";
                Expect.that(what + "raw parameters unchanged", raw.equals(new GenzParameters(c, w)), "unchanged",
                        raw.toString());
                Expect.that(what + "dimension", n.dimension() == d, Integer.toString(d),
                        Integer.toString(n.dimension()));
                double sc = 0;
                double sw = 0;
                double rawC = 0;
                double rawW = 0;
                for (int i = 0; i < d; i++) {
                    sc += n.c(i);
                    sw += n.w(i);
                    rawC += c[i];
                    rawW += w[i];
                }
                Expect.close(what + "sum c'", sc, f.difficulty(d), SUM_REL, 0);
                Expect.close(what + "sum w'", sw, 1, SUM_REL, 0);
                for (int i = 0; i < d; i++) {
                    Expect.close(what + "c_" + (i + 1) + "'", n.c(i), c[i] * f.difficulty(d) / rawC, SUM_REL, 0);
                    Expect.close(what + "w_" + (i + 1) + "'", n.w(i), w[i] / rawW, SUM_REL, 0);
                }
            }
        }
    }

    @Test
    @DisplayName("drawParameters draws c_1..c_d, then w_1..w_d with rng.nextDouble(), and normalises them")
    @Graded(points = 2, category = "random Genz parameters", task = Tasks.PARAMETERS,
            hint = "all d values of c first, then all d values of w, each rng.nextDouble(), nothing else from rng, "
                    + "then normalise(family, ...): c sums to b_j(d) and w to 1")
    void drawParametersOrder(GenzFactory genz, TestSeed seed) {
        SplittableRandom pick = seed.random();
        for (GenzFamily family : GenzFamily.values()) {
            for (int d : new int[] {1, 2 + pick.nextInt(5)}) {
                long s = pick.nextLong();
                SplittableRandom rng = new SplittableRandom(s);
                GenzParameters p = genz.drawParameters(family, d, rng);
                SplittableRandom replay = new SplittableRandom(s);
                double[] c = new double[d];
                double[] w = new double[d];
                double sc = 0;
                double sw = 0;
                for (int i = 0; i < d; i++) {
                    c[i] = replay.nextDouble();
                    sc += c[i];
                }
                for (int i = 0; i < d; i++) {
                    w[i] = replay.nextDouble();
                    sw += w[i];
                }
                String what = family + ", d = " + d + ": ";
                Expect.that(what + "dimension", p.dimension() == d, Integer.toString(d),
                        Integer.toString(p.dimension()));
                for (int i = 0; i < d; i++) {
                    Expect.close(what + "c_" + (i + 1) + " (raw draws " + Arrays.toString(c) + ")", p.c(i),
                            c[i] * family.difficulty(d) / sc, SUM_REL, 0);
                    Expect.close(what + "w_" + (i + 1) + " (raw draws " + Arrays.toString(w) + ")", p.w(i),
                            w[i] / sw, SUM_REL, 0);
                }
                long next = replay.nextLong();
                Expect.that(what + "rng after the 2 d draws (nothing else drawn)", rng.nextLong() == next,
                        "the generator's next value " + next, "another value: more or fewer draws than 2 d");
            }
        }
    }
}
