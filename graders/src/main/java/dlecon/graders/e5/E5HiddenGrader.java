package dlecon.graders.e5;

import dlecon.api.Exercise;
import dlecon.api.e5.DropoutFactory;
import dlecon.api.nn.Layer;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E5 graders: the documented mask draws, fresh masks per pass and p = 0. */
@GraderSuite(exercise = Exercise.E5, visibility = Visibility.HIDDEN)
class E5HiddenGrader {

    /** A kept entry is x / (1 - p) or x * (1 / (1 - p)): the two differ by at most an ulp or two. */
    private static final double SCALE_REL = 1e-15;

    @Test
    @DisplayName("the mask is drawn as documented: one rng.nextDouble() < p per entry, row by row")
    @Graded(points = 2, category = "dropout mask",
            hint = "draw the mask entry by entry, row by row, with rng.nextDouble() < p meaning dropped, and a fresh "
                    + "mask on every training forward pass")
    void maskFollowsDocumentedDraws(DropoutFactory factory, TestSeed seed, Credit credit) {
        SplittableRandom data = seed.random();
        double[] ps = {0.2, 0.5, 0.7};
        for (int k = 0; k < ps.length; k++) {
            double p = ps[k];
            long s = seed.derived(k);
            credit.check("p = " + p, () -> {
                Layer drop = factory.dropout(p, new SplittableRandom(s));
                SplittableRandom replay = new SplittableRandom(s);
                for (int pass = 0; pass < 2; pass++) {
                    double[][] x = Masks.gaussian(data, 6, 9);
                    double[][] y = drop.forward(x, true);
                    for (int i = 0; i < 6; i++) {
                        for (int j = 0; j < 9; j++) {
                            boolean dropped = replay.nextDouble() < p;
                            String where = "pass " + (pass + 1) + " entry (" + i + "," + j + ")";
                            if (dropped) {
                                Expect.exactly(where + " dropped", Math.abs(y[i][j]), 0);
                            } else {
                                Expect.close(where + " kept", y[i][j], x[i][j] / (1 - p), SCALE_REL, 0);
                            }
                        }
                    }
                }
            });
        }
    }

    @Test
    @DisplayName("with p = 0 a training pass keeps every entry unchanged, forward and backward")
    @Graded(points = 1, category = "dropout edge case",
            hint = "p = 0 drops nothing and the scale 1/(1-p) is 1")
    void zeroProbabilityKeepsAll(DropoutFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        Layer drop = factory.dropout(0, new SplittableRandom(seed.derived(5)));
        double[][] x = Masks.gaussian(rng, 8, 4);
        Masks.expectEqual("forward(x, true) with p = 0", drop.forward(x, true), x);
        double[][] g = Masks.gaussian(rng, 8, 4);
        Masks.expectEqual("backward with p = 0", drop.backward(g), g);
    }
}
