package dlecon.graders.e5;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

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

/** Public E5 graders: identity at inference, the inverted scaling and the backward mask. */
@GraderSuite(exercise = Exercise.E5, visibility = Visibility.PUBLIC)
class E5PublicGrader {

    /** A kept entry is x / (1 - p) or x * (1 / (1 - p)): the two differ by at most an ulp or two. */
    private static final double SCALE_REL = 1e-15;
    private static final int ROWS = 200;
    private static final int COLS = 200;
    /**
     * The mean of a mask of 40000 entries has standard deviation sqrt(p (1 - p) / 40000) / (1 - p); allowing six
     * of them, a correct layer fails one seed with probability about 2e-9 (and 2 of 3 seeds are required).
     */
    private static final double MEAN_SIGMAS = 6;

    @Test
    @DisplayName("at inference dropout returns a copy of its input and its backward pass is the identity")
    @Graded(points = 2, category = "dropout at inference",
            hint = "forward(x, false) returns a copy of x (no mask, no scaling); backward after it returns a copy of "
                    + "dE/dY")
    void identityAtInference(DropoutFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double[][] x = Masks.gaussian(rng, 7, 5);
        double[][] g = Masks.gaussian(rng, 7, 5);
        Layer drop = factory.dropout(0.5, new SplittableRandom(seed.derived(1)));
        double[][] y = drop.forward(x, false);
        Masks.expectEqual("forward(x, false)", y, x);
        Expect.that("a copy, not the input itself", y != x, "a new array", "the input array");
        Masks.expectEqual("backward after inference", drop.backward(g), g);
    }

    @Test
    @DisplayName("in training every entry is dropped or scaled by 1/(1-p), and the mean is kept (2 of 3 seeds)")
    @Graded(points = 3, category = "inverted dropout scaling",
            hint = "M_ij = 0 with probability p (rng.nextDouble() < p) and 1/(1-p) otherwise; Y = X * M")
    void invertedScalingKeepsMean(DropoutFactory factory, TestSeed seed, Credit credit) {
        double[] ps = {0.3, 0.5, 0.8};
        for (int k = 0; k < 3; k++) {
            double p = ps[k];
            long s = seed.derived(k);
            credit.check("p = " + p, () -> {
                double tol = MEAN_SIGMAS * Math.sqrt(p * (1 - p) / (ROWS * COLS)) / (1 - p);
                int good = 0;
                String last = "";
                for (int r = 0; r < 3; r++) {
                    Layer drop = factory.dropout(p, new SplittableRandom(s + r));
                    double[][] x = Masks.ones(ROWS, COLS);
                    double[][] y = drop.forward(x, true);
                    double sum = 0;
                    for (int i = 0; i < ROWS; i++) {
                        for (int j = 0; j < COLS; j++) {
                            double v = y[i][j];
                            if (!(v == 0 || Expect.isClose(v, 1 / (1 - p), SCALE_REL, 0))) {
                                Expect.that("entry (" + i + "," + j + ") is 0 or 1/(1-p)", false,
                                        "0 or " + 1 / (1 - p), Double.toString(v));
                            }
                            sum += v;
                        }
                    }
                    double mean = sum / (ROWS * COLS);
                    if (Math.abs(mean - 1) <= tol) {
                        good++;
                    }
                    last = Double.toString(mean);
                }
                Expect.that("mean of the output of ones within " + tol + " of 1 in at least 2 of 3 seeds",
                        good >= 2, ">= 2 of 3", good + " of 3 (last mean " + last + ")");
            });
        }
    }

    @Test
    @DisplayName("for random shapes, p and inputs, each output entry is 0 or x / (1 - p) and backward zeroes and "
            + "scales exactly the same entries")
    @Graded(points = 2, category = "inverted dropout, any shape",
            hint = "Y = X * M and dE/dX = dE/dY * M with M_ij in {0, 1/(1-p)}; the shape of the input is any N x D")
    void randomShapesProperty(DropoutFactory factory, TestSeed seed) {
        qt().withFixedSeed(seed.value()).withExamples(40)
                .forAll(integers().between(1, 9), integers().between(1, 9), doubles().between(0, 0.95),
                        longs().all())
                .checkAssert((rows, cols, p, s) -> {
                    SplittableRandom data = new SplittableRandom(s);
                    double[][] x = Masks.gaussian(data, rows, cols);
                    double[][] g = Masks.gaussian(data, rows, cols);
                    Layer drop = factory.dropout(p, new SplittableRandom(~s));
                    double[][] y = drop.forward(x, true);
                    double[][] dx = drop.backward(g);
                    Expect.that("output rows", y.length == rows, Integer.toString(rows), Integer.toString(y.length));
                    for (int i = 0; i < rows; i++) {
                        for (int j = 0; j < cols; j++) {
                            String where = rows + " x " + cols + ", p = " + p + ", entry (" + i + "," + j + ")";
                            if (y[i][j] == 0 && x[i][j] != 0) {
                                Expect.exactly(where + ": gradient where dropped", Math.abs(dx[i][j]), 0);
                            } else {
                                Expect.close(where + ": kept output", y[i][j], x[i][j] / (1 - p), SCALE_REL, 0);
                                Expect.close(where + ": gradient where kept", dx[i][j], g[i][j] / (1 - p),
                                        SCALE_REL, 0);
                            }
                        }
                    }
                });
    }

    @Test
    @DisplayName("the backward pass applies the same mask: zero exactly where dropped, scaled where kept")
    @Graded(points = 2, category = "dropout backward pass",
            hint = "keep the mask of the last forward pass and return dE/dY * M")
    void backwardUsesSameMask(DropoutFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double p = 0.4;
        Layer drop = factory.dropout(p, new SplittableRandom(seed.derived(2)));
        double[][] mask = drop.forward(Masks.ones(30, 20), true);
        double[][] g = Masks.gaussian(rng, 30, 20);
        double[][] dx = drop.backward(g);
        int dropped = 0;
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 20; j++) {
                if (mask[i][j] == 0) {
                    dropped++;
                    Expect.exactly("gradient at dropped entry (" + i + "," + j + ")", Math.abs(dx[i][j]), 0);
                } else {
                    Expect.close("gradient at kept entry (" + i + "," + j + ")", dx[i][j], g[i][j] / (1 - p),
                            SCALE_REL, 0);
                }
            }
        }
        Expect.that("some entries dropped", dropped > 0 && dropped < 600, "between 0 and 600 of 600",
                Integer.toString(dropped));
    }
}
