package dlecon.graders.e5;

import dlecon.api.Exercise;
import dlecon.api.e5.DropoutFactory;
import dlecon.api.nn.Layer;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E5 graders: draws exactly at the threshold, p = 0 and NaN inputs in training; an inference pass after
 * training; and the backward pass over several passes.
 */
@GraderSuite(exercise = Exercise.E5, visibility = Visibility.HIDDEN)
class E5HiddenGrader {

    @Test
    @DisplayName("a draw equal to p keeps its entry and one just below p drops it, p = 0 keeps every entry unchanged, "
            + "and NaN inputs stay NaN where kept and where dropped")
    @Graded(points = 2, category = "dropout mask", task = Tasks.TRAINING,
            hint = "an entry is dropped exactly when rng.nextDouble() < p (strictly); compute entries as x * M_ij, so "
                    + "p = 0 gives x * 1 and a NaN stays NaN")
    void thresholdZeroAndNaN(DropoutFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double p = 0.25 + 0.5 * rng.nextDouble();
        double[] draws = {p, Math.nextDown(p), 0.0, Math.nextUp(p), 0.99, p / 2, p, 1 - 1e-16};
        double[][] x = Masks.gaussian(rng, 3, 8);
        x[1][1] = Double.NaN; // dropped by the draw just below p
        x[2][0] = Double.NaN; // kept by the draw equal to p
        boolean[][] dropped = Masks.replayDrops(new ScriptedGenerator(draws), p, 3, 8);
        Layer drop = factory.dropout(p, new ScriptedGenerator(draws));
        Masks.expectMasked("draws " + java.util.Arrays.toString(draws), drop.forward(x, true), x, dropped, p);

        Layer keepAll = factory.dropout(0, new ScriptedGenerator(0.0, 0.5, Math.nextDown(1.0)));
        for (int pass = 1; pass <= 2; pass++) {
            double[][] z = Masks.gaussian(rng, 8, 3);
            Masks.expectEqual("p = 0, draws 0.0, 0.5, 1 - 2^-53, training pass " + pass, keepAll.forward(z, true), z);
            double[][] g = Masks.gaussian(rng, 8, 3);
            Masks.expectEqual("p = 0, backward of training pass " + pass, keepAll.backward(g), g);
        }
    }

    /** Entries of the statistics test. */
    private static final int ROWS = 100;
    private static final int COLS = 100;
    /**
     * The dropped count of 10000 entries is Binomial(10000, p): allowing five standard deviations, a correct layer
     * misses one seed with probability about 6e-7, and 2 of 3 seeds are required.
     */
    private static final double RATE_SIGMAS = 5;
    /** Two independent masks agree on an entry with probability p^2 + (1-p)^2; same five-sigma reasoning. */
    private static final double AGREE_SIGMAS = 5;

    @Test
    @DisplayName("a fraction p of the entries is dropped and consecutive masks are independent (2 of 3 seeds)")
    @Graded(points = 1, category = "dropout mask statistics", task = Tasks.TRAINING,
            hint = "each entry is dropped independently with probability p (rng.nextDouble() < p), with a fresh mask "
                    + "on every training forward pass; the rate must not depend on the input values")
    void dropRateAndIndependence(DropoutFactory factory, TestSeed seed) {
        double[] ps = {0.1, 0.5, 0.75};
        for (int k = 0; k < ps.length; k++) {
            double p = ps[k];
            long s = seed.derived(k);
            int n = ROWS * COLS;
            double rateTol = RATE_SIGMAS * Math.sqrt(p * (1 - p) / n);
            double q = p * p + (1 - p) * (1 - p);
            double agreeTol = AGREE_SIGMAS * Math.sqrt(q * (1 - q) / n);
            int good = 0;
            String last = "";
            for (int r = 0; r < 3; r++) {
                SplittableRandom data = new SplittableRandom(Long.rotateLeft(s, 17) + r);
                Layer drop = factory.dropout(p, new SplittableRandom(s + r));
                double[][] x = Masks.gaussian(data, ROWS, COLS);
                for (double[] row : x) {
                    for (int j = 0; j < COLS; j++) {
                        row[j] = Math.abs(row[j]) + 1e-3; // positive, so that 0 means dropped
                    }
                }
                double[][] first = drop.forward(x, true);
                double[][] second = drop.forward(x, true);
                int dropped = 0;
                int agree = 0;
                for (int i = 0; i < ROWS; i++) {
                    for (int j = 0; j < COLS; j++) {
                        boolean d1 = first[i][j] == 0;
                        dropped += d1 ? 1 : 0;
                        agree += d1 == (second[i][j] == 0) ? 1 : 0;
                    }
                }
                double rate = dropped / (double) n;
                double agreement = agree / (double) n;
                good += Math.abs(rate - p) <= rateTol && Math.abs(agreement - q) <= agreeTol ? 1 : 0;
                last = "rate " + rate + ", agreement of two masks " + agreement;
            }
            Expect.that("p = " + p + ": drop rate within " + rateTol + " of p and agreement within " + agreeTol
                    + " of " + q + " in at least 2 of 3 seeds", good >= 2, ">= 2 of 3", good + " of 3 (last: " + last
                    + ")");
        }
    }

    @Test
    @DisplayName("an inference pass after training returns a copy and makes backward the identity again, without "
            + "drawing; the next training pass draws the next mask")
    @Graded(points = 1, category = "inference after training", task = Tasks.INFERENCE,
            hint = "forward(x, false) must forget the training mask (M = 1 after it) and draw nothing")
    void inferenceAfterTraining(DropoutFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double p = 0.5;
        long s = seed.derived(4);
        Layer drop = factory.dropout(p, new SplittableRandom(s));
        Layer twin = factory.dropout(p, new SplittableRandom(s)); // the same passes without the inference pass
        double[][] x1 = Masks.gaussian(rng, 5, 6);
        drop.forward(x1, true);
        twin.forward(x1, true);
        double[][] x2 = Masks.gaussian(rng, 6, 5);
        double[][] y2 = drop.forward(x2, false);
        Masks.expectEqual("inference pass after training", y2, x2);
        Masks.expectNewArray("inference pass after training", y2, x2);
        double[][] g = Masks.gaussian(rng, 6, 5);
        double[][] dx = drop.backward(g);
        Masks.expectEqual("backward after the inference pass", dx, g);
        Masks.expectNewArray("backward after the inference pass", dx, g);
        double[][] x3 = Masks.gaussian(rng, 5, 6);
        Masks.expectEqual("training pass 2, against a layer with the same generator seed that saw no inference pass",
                drop.forward(x3, true), twin.forward(x3, true));
    }

    @Test
    @DisplayName("backward uses the mask of the latest training pass however often it is called, keeps NaN "
            + "gradients NaN, and changes neither its argument nor what it returned before")
    @Graded(points = 2, category = "mask reuse in backward", task = Tasks.BACKWARD,
            hint = "store M in forward(x, true), multiply dE/dY by that same M in every backward call (never draw a "
                    + "new one there), and return a new array each time")
    void backwardReusesLatestMask(DropoutFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double p = 0.2 + 0.6 * rng.nextDouble();
        long s = seed.derived(3);
        Layer drop = factory.dropout(p, new SplittableRandom(s));
        for (int pass = 1; pass <= 3; pass++) {
            int rows = 2 + pass;
            int cols = 9 - pass;
            double[][] y = drop.forward(Masks.gaussian(rng, rows, cols), true); // no zeros: a 0 in Y means dropped
            boolean[][] dropped = Masks.droppedIn(y);
            y[0][0] = 1234.5; // the caller may use its output as it likes
            double[][] g = Masks.gaussian(rng, rows, cols);
            g[rows - 1][cols - 1] = Double.NaN;
            double[][] before = Masks.copy(g);
            for (int call = 1; call <= 3; call++) {
                double[][] dx = drop.backward(g);
                String what = "training pass " + pass + ", backward call " + call;
                Masks.expectMasked(what, dx, before, dropped, p);
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        Expect.that(what + ": dE/dY unchanged at (" + i + "," + j + ")",
                                Double.compare(g[i][j], before[i][j]) == 0, Double.toString(before[i][j]),
                                Double.toString(g[i][j]));
                    }
                }
                dx[0][0] = -9876.5; // a returned array is the caller's
            }
        }
    }
}
