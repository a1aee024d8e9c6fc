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

/** Hidden E5 graders: the drop rate and independence of the masks, and which mask a backward pass uses. */
@GraderSuite(exercise = Exercise.E5, visibility = Visibility.HIDDEN)
class E5StatisticsGrader {

    /** A kept entry is x / (1 - p) or x * (1 / (1 - p)): the two differ by at most an ulp or two. */
    private static final double SCALE_REL = 1e-15;
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
    @Graded(points = 2, category = "dropout mask statistics",
            hint = "each entry is dropped independently with probability p (rng.nextDouble() < p), with a fresh mask "
                    + "on every training forward pass; the rate must not depend on the input values")
    void dropRateAndIndependence(DropoutFactory factory, TestSeed seed, Credit credit) {
        double[] ps = {0.1, 0.5, 0.75};
        for (int k = 0; k < ps.length; k++) {
            double p = ps[k];
            long s = seed.derived(k);
            credit.check("p = " + p, () -> {
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
                            boolean d2 = second[i][j] == 0;
                            dropped += d1 ? 1 : 0;
                            agree += d1 == d2 ? 1 : 0;
                        }
                    }
                    double rate = dropped / (double) n;
                    double agreement = agree / (double) n;
                    if (Math.abs(rate - p) <= rateTol && Math.abs(agreement - q) <= agreeTol) {
                        good++;
                    }
                    last = "rate " + rate + ", agreement of two masks " + agreement;
                }
                Expect.that("drop rate within " + rateTol + " of " + p + " and agreement within " + agreeTol + " of "
                        + q + " in at least 2 of 3 seeds", good >= 2, ">= 2 of 3", good + " of 3 (last: " + last + ")");
            });
        }
    }

    @Test
    @DisplayName("backward uses the mask of the latest forward pass: repeated backward calls agree, and after an "
            + "inference pass backward is the identity")
    @Graded(points = 2, category = "mask reuse in backward",
            hint = "store the mask M in forward(x, true) and multiply dE/dY by that same M in backward (never draw "
                    + "a new one there); forward(x, false) leaves no mask behind")
    void backwardReusesLatestMask(DropoutFactory factory, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double p = 0.5;
        Layer drop = factory.dropout(p, new SplittableRandom(seed.derived(3)));
        double[][] g = Masks.gaussian(rng, 12, 10);
        for (int pass = 1; pass <= 2; pass++) {
            double[][] y = drop.forward(Masks.ones(12, 10), true);
            double[][] once = drop.backward(g);
            double[][] twice = drop.backward(g);
            Masks.expectEqual("training pass " + pass + ": second backward call", twice, once);
            for (int i = 0; i < 12; i++) {
                for (int j = 0; j < 10; j++) {
                    Expect.close("training pass " + pass + ": gradient (" + i + "," + j + ") = g * M",
                            once[i][j], g[i][j] * y[i][j], SCALE_REL, 0);
                }
            }
        }
        double[][] x = Masks.gaussian(rng, 12, 10);
        Masks.expectEqual("forward(x, false) after training", drop.forward(x, false), x);
        Masks.expectEqual("backward after the inference pass", drop.backward(g), g);
    }
}
