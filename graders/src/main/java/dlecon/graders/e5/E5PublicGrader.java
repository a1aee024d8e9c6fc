package dlecon.graders.e5;

import dlecon.api.Exercise;
import dlecon.api.e5.DropoutFactory;
import dlecon.api.nn.Layer;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.GradingFailure;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public E5 graders: the documented mask of every training pass, the mean it keeps, the copy at inference, the
 * backward mask, the name and the rejected constructor arguments.
 */
@GraderSuite(exercise = Exercise.E5, visibility = Visibility.PUBLIC)
class E5PublicGrader {

    /** Shapes {N, d} of consecutive passes: a single entry, a row, a column, and N x d both ways round. */
    private static final int[][] SHAPES = {{1, 1}, {1, 7}, {6, 1}, {4, 9}, {9, 4}, {9, 4}};
    private static final int MEAN_ROWS = 200;
    private static final int MEAN_COLS = 200;
    /**
     * The mean of a mask of 40000 entries has standard deviation sqrt(p (1 - p) / 40000) / (1 - p); allowing six
     * of them, a correct layer fails one seed with probability about 2e-9 (and 2 of 3 seeds are required, so the
     * test fails a correct layer with probability about 1e-17).
     */
    private static final double MEAN_SIGMAS = 6;

    @Test
    @DisplayName("in training the output is X * M for the documented mask, fresh on every pass: one "
            + "rng.nextDouble() < p per entry, row by row, kept entries scaled by 1/(1-p), on shapes 1 x 1 to 9 x 4")
    @Graded(points = 2, category = "training forward pass", task = Tasks.TRAINING,
            hint = "for each row i, for each column j: M_ij = 0 if rng.nextDouble() < p, else 1/(1-p); Y = X * M; "
                    + "draw a new mask on every forward(x, true) and nothing else from the generator")
    void trainingPassFollowsDocumentedMask(DropoutFactory factory, TestSeed seed) {
        SplittableRandom data = seed.random();
        double[] ps = {0.1, 0.5, 0.8, 0.95 * data.nextDouble()};
        for (int k = 0; k < ps.length; k++) {
            double p = ps[k];
            long s = seed.derived(k);
            Layer drop = factory.dropout(p, new SplittableRandom(s));
            SplittableRandom replay = new SplittableRandom(s);
            for (int pass = 0; pass < SHAPES.length; pass++) {
                int rows = SHAPES[pass][0];
                int cols = SHAPES[pass][1];
                double[][] x = Masks.gaussian(data, rows, cols);
                double[][] before = Masks.copy(x);
                double[][] y = drop.forward(x, true);
                String what = "training pass " + (pass + 1) + " of one layer";
                Masks.expectMasked(what, y, x, Masks.replayDrops(replay, p, rows, cols), p);
                Masks.expectEqual(what + ": the input after the pass (unchanged)", x, before);
            }
        }
    }

    @Test
    @DisplayName("in training every entry of a large batch of ones is 0 or 1/(1-p), and the mean stays 1 (2 of 3 "
            + "seeds)")
    @Graded(points = 1, category = "inverted dropout scaling", task = Tasks.TRAINING,
            hint = "kept entries are scaled by 1/(1-p), so that E[Y] = X; without the scaling the mean is 1 - p")
    void invertedScalingKeepsMean(DropoutFactory factory, TestSeed seed) {
        double[] ps = {0.3, 0.5, 0.8};
        for (int k = 0; k < ps.length; k++) {
            double p = ps[k];
            double tol = MEAN_SIGMAS * Math.sqrt(p * (1 - p) / (MEAN_ROWS * MEAN_COLS)) / (1 - p);
            int good = 0;
            String means = "";
            for (int r = 0; r < 3; r++) {
                Layer drop = factory.dropout(p, new SplittableRandom(seed.derived(k) + r));
                double[][] y = drop.forward(Masks.ones(MEAN_ROWS, MEAN_COLS), true);
                double sum = 0;
                for (int i = 0; i < MEAN_ROWS; i++) {
                    for (int j = 0; j < MEAN_COLS; j++) {
                        double v = y[i][j];
                        if (!(v == 0 || Expect.isClose(v, 1 / (1 - p), Masks.SCALE_REL, 0))) {
                            throw new GradingFailure("p = " + p + ": entry (" + i + "," + j + ") is 0 or 1/(1-p)",
                                    "0 or " + 1 / (1 - p), Double.toString(v), "");
                        }
                        sum += v;
                    }
                }
                double mean = sum / (MEAN_ROWS * MEAN_COLS);
                good += Math.abs(mean - 1) <= tol ? 1 : 0;
                means += (r == 0 ? "" : ", ") + mean;
            }
            Expect.that("p = " + p + ": mean of the output for an input of ones within " + tol + " of 1, in at "
                    + "least 2 of 3 seeds", good >= 2, ">= 2 of 3", good + " of 3 (means " + means + ")");
        }
    }

    @Test
    @DisplayName("at inference dropout returns a new copy of its input without drawing, and backward after it returns "
            + "a new copy of dE/dY, before and after a training pass")
    @Graded(points = 2, category = "dropout at inference", task = Tasks.INFERENCE,
            hint = "forward(x, false) returns a copy of x (no mask, no scaling, no draw from the generator) and "
                    + "forgets the mask of an earlier training pass: the backward pass after it is the identity and "
                    + "also returns a new array")
    void identityAtInference(DropoutFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double p = 0.5;
        long s = seed.derived(1);
        Layer drop = factory.dropout(p, new SplittableRandom(s));
        for (int round = 1; round <= 2; round++) {
            String when = round == 1 ? "before any training pass" : "after a training pass";
            double[][] x = Masks.gaussian(rng, 7, 5);
            double[][] g = Masks.gaussian(rng, 7, 5);
            double[][] y = drop.forward(x, false);
            Masks.expectEqual("forward(x, false) " + when, y, x);
            Masks.expectNewArray("forward(x, false) " + when, y, x);
            double[][] dx = drop.backward(g);
            Masks.expectEqual("backward after the inference pass " + when, dx, g);
            Masks.expectNewArray("backward after the inference pass " + when, dx, g);
            if (round == 1) { // a twin layer that saw no inference pass draws the same first mask
                double[][] x2 = Masks.gaussian(rng, 7, 5);
                Masks.expectEqual("the first training pass after an inference pass, against a layer with the same "
                        + "generator seed and no inference pass (the inference pass must not draw)",
                        drop.forward(x2, true), factory.dropout(p, new SplittableRandom(s)).forward(x2, true));
            }
        }
    }

    @Test
    @DisplayName("the backward pass multiplies dE/dY by the forward pass's mask: zero exactly where dropped, "
            + "dE/dY / (1 - p) where kept, on N x d batches with N != d")
    @Graded(points = 2, category = "dropout backward pass", task = Tasks.BACKWARD,
            hint = "keep the mask M of the last forward pass and return dE/dY * M, a new array of the same shape")
    void backwardUsesSameMask(DropoutFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double[] ps = {0.4, 0.05 + 0.9 * rng.nextDouble()};
        for (int k = 0; k < ps.length; k++) {
            double p = ps[k];
            long s = seed.derived(2 + k);
            Layer drop = factory.dropout(p, new SplittableRandom(s));
            int[][] shapes = {{30, 20}, {3, 11}, {1, 1}};
            for (int[] shape : shapes) {
                double[][] x = Masks.gaussian(rng, shape[0], shape[1]); // no zeros: a 0 in Y means dropped
                boolean[][] dropped = Masks.droppedIn(drop.forward(x, true));
                double[][] g = Masks.gaussian(rng, shape[0], shape[1]);
                double[][] before = Masks.copy(g);
                double[][] dx = drop.backward(g);
                Masks.expectMasked("backward after a training pass (dropped where its output is 0)", dx, g, dropped,
                        p);
                Masks.expectEqual("dE/dY after the backward pass (unchanged)", g, before);
            }
        }
    }

    @Test
    @DisplayName("the layer is named dropout(p) and the constructor rejects p outside [0, 1), NaN p and a null "
            + "generator")
    @Graded(points = 1, category = "argument checks", task = Tasks.ARGUMENTS,
            hint = "name() returns \"dropout(\" + p + \")\"; throw IllegalArgumentException unless 0 <= p < 1 "
                    + "(write the check so that NaN fails it) and rng != null")
    void nameAndConstructorChecks(DropoutFactory factory, Credit credit) {
        for (double p : new double[] {0.5, 0.25, 0}) {
            credit.check("name() for p = " + p, () -> {
                String name = factory.dropout(p, new SplittableRandom(1)).name();
                Expect.that("name() for p = " + p, ("dropout(" + p + ")").equals(name), "dropout(" + p + ")", name);
            });
        }
        for (double p : new double[] {-0.1, -1, 1, 1.5, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY}) {
            credit.check("p = " + p, () -> expectRejected("dropout(" + p + ", rng)",
                    () -> factory.dropout(p, new SplittableRandom(1))));
        }
        credit.check("a null generator", () -> expectRejected("dropout(0.5, null)", () -> factory.dropout(0.5, null)));
    }

    /** Fails unless {@code call} throws an IllegalArgumentException. */
    static void expectRejected(String what, Runnable call) {
        try {
            call.run();
        } catch (IllegalArgumentException expected) {
            return;
        } catch (RuntimeException other) {
            throw new GradingFailure(what, "IllegalArgumentException", other.toString(), "");
        }
        throw new GradingFailure(what, "IllegalArgumentException", "no exception", "");
    }
}
