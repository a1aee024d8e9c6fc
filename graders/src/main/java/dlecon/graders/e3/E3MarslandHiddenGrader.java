package dlecon.graders.e3;

import dlecon.api.Exercise;
import dlecon.api.data.LogicTables;
import dlecon.api.e3.MarslandMlp;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.OutputKind;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E3 graders of Marsland's network: the course's one-step test vector, and the network against the graders'
 * own implementation ({@link MarslandOracle}) for every output, beta and momentum: initial draws, copies, forward,
 * error, training with momentum over several calls, early stopping and the confusion matrix.
 */
@GraderSuite(exercise = Exercise.E3, visibility = Visibility.HIDDEN)
class E3MarslandHiddenGrader {

    /** The course's bound for Marsland's one-step weights (course-spec section 8). */
    private static final double MARSLAND_ABS = 1e-12;
    /**
     * A few iterations of sums of at most 10 terms near 1, in any order: relative differences of a few 1e-16 that
     * the updates carry along without amplifying them much; 1e-12 relative (and absolute, the course's bound) leaves a
     * factor 1000.
     */
    private static final double MARSLAND_REL = 1e-12;
    /**
     * Early stopping runs up to some thousand iterations: rounding differences of 1e-16 per iteration, contracted
     * by the converging training (measured on the reference against the oracle: below 1e-13); 1e-9 relative and
     * absolute leaves a factor 1e4.
     */
    private static final double LONG_RUN = 1e-9;
    /** A validation error just below 100000: the book's start values ask for a third block. */
    private static final double WINDOW_BELOW = 99999.5;
    /** A validation error just above 100000: two blocks only. */
    private static final double WINDOW_ABOVE = 100000.5;
    /** Learning rate of the slow early-stopping runs: a block changes the validation error by less than 3e-4. */
    private static final double SLOW_ETA = 0.002;
    /** Configurations {m, H, K, N} of the training test, two per output kind. */
    private static final int[][] SIZES = {{2, 3, 2, 5}, {1, 2, 1, 4}, {3, 2, 2, 6}, {2, 4, 1, 3}, {2, 3, 3, 7},
        {3, 2, 2, 4}};
    /** beta and momentum of those configurations. */
    private static final double[][] RATES = {{1.3, 0.9}, {0.6, 0}, {1.7, 0.9}, {1, 0.5}, {0.8, 0.9}, {2, 0.3}};

    @Test
    @DisplayName("Marsland's XOR network (logistic output, momentum 0.9) reproduces the one-step test vector")
    @Graded(points = 1, category = "Marsland MLP training", task = Tasks.MARSLAND,
            hint = "MarslandMlp: bias input -1 as the last column, logistic delta beta (y - t) y (1 - y) without 1/N, "
                    + "hidden delta beta h (1 - h) (delta_o W2^T) without the bias column")
    void marslandOneStep(MlpFactory mlp, TestSeed seed) {
        MarslandMlp net = mlp.marsland(2, 2, 1, 1, 0.9, OutputKind.LOGISTIC, seed.random());
        net.setWeights(new double[][] {{.1, -.2}, {.3, .4}, {-.5, .6}}, new double[][] {{.7}, {-.8}, {.9}});
        double[][] x = LogicTables.inputs();
        double[][] t = LogicTables.xor().t();
        Expect.close("E of the initial weights", net.error(x, t), 0.5622812330150291, 0, MARSLAND_ABS);
        double[] errors = net.train(x, t, 0.25, 1);
        Expect.that("errors recorded", errors.length == 1, "1", Integer.toString(errors.length));
        Expect.close("E before the update", errors[0], 0.5622812330150291, 0, MARSLAND_ABS);
        double[][] w1 = net.weights1();
        Expect.close("W1 row 0", w1[0], new double[] {0.10334766377918515, -0.20288569635576537}, 0, MARSLAND_ABS);
        Expect.close("W1 row 1", w1[1], new double[] {0.3029491386970262, 0.39613559281759936}, 0, MARSLAND_ABS);
        Expect.close("W1 row 2 (bias)", w1[2], new double[] {-0.5059989578495563, 0.606996346457029}, 0,
                MARSLAND_ABS);
        double[][] w2 = net.weights2();
        Expect.close("W2", new double[] {w2[0][0], w2[1][0], w2[2][0]},
                new double[] {0.7257348885621236, -0.7852988248326401, 0.8614907916401057}, 0, MARSLAND_ABS);
        Expect.close("E after the update", net.error(x, t), 0.5526183713497368, 0, MARSLAND_ABS);
    }

    @Test
    @DisplayName("Marsland's network trains as the book's mlptrain for linear, logistic and softmax outputs, beta != 1 "
            + "and momentum, over repeated train calls (momentum restarting at 0 in each)")
    @Graded(points = 2, category = "Marsland MLP training", task = Tasks.MARSLAND,
            hint = "output deltas: linear (y - t)/N, logistic beta (y - t) y (1 - y), softmax (y - t) y (1 - y)/N; "
                    + "hidden beta h (1 - h) (delta_o W2^T) with W2 before its update; dW = eta in^T delta + m dW, "
                    + "W -= dW; dW starts at 0 in every train call; train returns E before each update")
    void marslandTrainsAsTheBook(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < SIZES.length; c++) {
            OutputKind kind = OutputKind.values()[c / 2];
            int[] s = SIZES[c];
            String what = kind + " output, m = " + s[0] + ", H = " + s[1] + ", K = " + s[2] + ", N = " + s[3]
                    + ", beta = " + RATES[c][0] + ", momentum = " + RATES[c][1] + ": ";
            MarslandMlp net = mlp.marsland(s[0], s[1], s[2], RATES[c][0], RATES[c][1], kind, rng);
            MarslandOracle book = oracle(net, rng, s, RATES[c], kind);
            double[][] x = E3LayersPublicGrader.gaussian(rng, s[3], s[0]);
            double[][] t = targets(kind, rng, s[3], s[2]);
            double[][] x0 = E3ElementsPublicGrader.copy(x);
            double[][] t0 = E3ElementsPublicGrader.copy(t);
            double eta = kind == OutputKind.LOGISTIC ? 0.25 : 0.1;
            int[] calls = {3, 2, 0, 1};
            for (int call = 0; call < calls.length; call++) {
                String at = what + "train call " + (call + 1) + " (" + calls[call] + " iterations): ";
                double[] errors = net.train(x, t, eta, calls[call]);
                Expect.close(at + "errors", errors, book.train(x, t, eta, calls[call]), MARSLAND_REL, MARSLAND_ABS);
                sameWeights(at, net, book, MARSLAND_REL);
            }
            Expect.close(what + "error after training", net.error(x, t), book.error(x, t), MARSLAND_REL, MARSLAND_ABS);
            Expect.that(what + "x and t unchanged", Arrays.deepEquals(x, x0) && Arrays.deepEquals(t, t0), "unchanged",
                    "modified");
        }
    }

    @Test
    @DisplayName("Marsland's network draws W1 then W2 row by row, hands out and takes copies, and computes forward "
            + "and error for every output (logits of several hundred included)")
    @Graded(points = 0.5, category = "Marsland MLP", task = Tasks.MARSLAND,
            hint = "constructor: W1 ((m+1) x H) then W2 ((H+1) x K), row by row, (u - 0.5) * 2 / sqrt(fan-in) with "
                    + "fan-in m for W1 and H for W2; weights1/2 return copies, setWeights stores copies; "
                    + "h = 1/(1 + exp(-beta X_b W1)); softmax without overflow")
    void marslandDrawsCopiesAndForward(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (OutputKind kind : OutputKind.values()) {
            int k = kind == OutputKind.LOGISTIC ? 1 : 3;
            long s = rng.nextLong();
            SplittableRandom used = new SplittableRandom(s);
            MarslandMlp net = mlp.marsland(3, 4, k, 1.4, 0.9, kind, used);
            SplittableRandom replay = new SplittableRandom(s);
            double[][] w1 = MarslandOracle.draws(4, 4, 3, replay);
            double[][] w2 = MarslandOracle.draws(5, k, 4, replay);
            String what = kind + " output, m = 3, H = 4, K = " + k + ": ";
            sameMatrix(what + "initial W1", net.weights1(), w1, E3ElementsPublicGrader.INIT_REL, 0);
            sameMatrix(what + "initial W2", net.weights2(), w2, E3ElementsPublicGrader.INIT_REL, 0);
            Expect.that(what + "the generator advanced by exactly 4 * 4 + 5 * " + k + " draws",
                    used.nextLong() == replay.nextLong(), "the next draw of the replay", "another draw");
            net.weights1()[0][0] = 99;
            net.weights2()[1][0] = 99;
            sameMatrix(what + "W1 after changing the copy weights1() returned", net.weights1(), w1, 0, 0);
            sameMatrix(what + "W2 after changing the copy weights2() returned", net.weights2(), w2, 0, 0);
            double[][] v1 = E3LayersPublicGrader.gaussian(rng, 4, 4);
            double[][] v2 = E3LayersPublicGrader.gaussian(rng, 5, k);
            for (double[] row : v2) {
                row[0] *= kind == OutputKind.SOFTMAX ? 300 : 1;
            }
            MarslandOracle book = new MarslandOracle(3, 4, k, 1.4, 0.9, kind, v1, v2);
            net.setWeights(v1, v2);
            v1[2][1] = 99;
            v2[4][0] = 99;
            sameWeights(what + "after setWeights and a change of its arguments: ", net, book, 0);
            double[][] x = E3LayersPublicGrader.gaussian(rng, 5, 3);
            double[][] t = targets(kind, rng, 5, k);
            sameMatrix(what + "forward", net.forward(x), book.forward(x), E3LayersPublicGrader.SOFTMAX_REL,
                    E3LayersPublicGrader.UNDERFLOW_ABS);
            Expect.close(what + "error", net.error(x, t), book.error(x, t), MARSLAND_REL, 0);
            double[][] none = net.forward(new double[0][3]);
            Expect.that(what + "forward of no rows", none != null && none.length == 0, "0 rows",
                    none == null ? "null" : none.length + " rows");
        }
    }

    @Test
    @DisplayName("Marsland's early stopping and confusion matrix: blocks of train until the validation error stops "
            + "improving (also from errors above 100000), threshold 0.5 or the first argmax")
    @Graded(points = 0.5, category = "Marsland MLP", task = Tasks.MARSLAND,
            hint = "earlyStopping: while (e1 - e_new) > 0.001 or (e2 - e1) > 0.001 (at most 1000 blocks), train a block, "
                    + "then shift the errors and take the new validation error 1/2 sum (t - y)^2; return it; "
                    + "confusionMatrix: C[predicted][actual] of forward(x)")
    void marslandEarlyStoppingAndConfusion(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        double[][] x = LogicTables.inputs();
        double[][] t = LogicTables.xor().t();
        MarslandMlp xor = mlp.marsland(2, 3, 1, 1, 0.9, OutputKind.LOGISTIC, rng);
        MarslandOracle book = oracle(xor, rng, new int[] {2, 3, 1}, new double[] {1, 0.9}, OutputKind.LOGISTIC);
        Expect.close("XOR, logistic output: the last validation error", xor.earlyStopping(x, t, x, t, 0.25, 10),
                book.earlyStopping(x, t, x, t, 0.25, 10), LONG_RUN, LONG_RUN);
        sameWeights("XOR, logistic output, after early stopping: ", xor, book, LONG_RUN);
        Expect.that("XOR confusion matrix", Arrays.deepEquals(xor.confusionMatrix(x, t), book.confusion(x, t)),
                Arrays.deepToString(book.confusion(x, t)), Arrays.deepToString(xor.confusionMatrix(x, t)));
        double[][] big = {{450}, {-450}, {460}, {-440}};
        double[][] validBig = {{450}, {-460}};
        MarslandMlp linear = mlp.marsland(2, 3, 1, 1, 0.9, OutputKind.IDENTITY, rng);
        MarslandOracle bookLinear = oracle(linear, rng, new int[] {2, 3, 1}, new double[] {1, 0.9},
                OutputKind.IDENTITY);
        double[][] validX = {{0, 0}, {1, 1}};
        Expect.close("linear output, validation errors near 2e5: the last validation error",
                linear.earlyStopping(x, big, validX, validBig, 0.001, 2),
                bookLinear.earlyStopping(x, big, validX, validBig, 0.001, 2), LONG_RUN, LONG_RUN);
        sameWeights("linear output after early stopping: ", linear, bookLinear, LONG_RUN);
        for (double level : new double[] {WINDOW_BELOW, WINDOW_ABOVE}) {
            slowEarlyStopping(mlp, rng, level);
        }
        double[][] lt = {{1}, {1}, {0}, {0.7}, {0.9}, {0.5}};
        for (double bias : new double[] {0, -2}) {
            MarslandMlp one = mlp.marsland(2, 2, 1, 1, 0.9, OutputKind.LOGISTIC, rng);
            one.setWeights(E3LayersPublicGrader.gaussian(rng, 3, 2), new double[][] {{0}, {0}, {bias}});
            int[][] c = one.confusionMatrix(E3LayersPublicGrader.gaussian(rng, 6, 2), lt);
            int[][] want = bias == 0 ? new int[][] {{2, 4}, {0, 0}} : new int[][] {{0, 0}, {2, 4}};
            Expect.that("logistic output " + (bias == 0 ? "0.5" : "sigmoid(2)") + " everywhere (W2 = [0, 0, " + bias
                    + "]), targets 1, 1, 0, 0.7, 0.9, 0.5: C[predicted][actual]", Arrays.deepEquals(c, want),
                    Arrays.deepToString(want), Arrays.deepToString(c));
        }
        MarslandMlp soft = mlp.marsland(2, 2, 3, 1.2, 0.9, OutputKind.SOFTMAX, rng);
        double[][] v2 = {{0.5, 0.5, -100}, {-0.25, -0.25, -100}, {0.125, 0.125, 100}};
        soft.setWeights(E3LayersPublicGrader.gaussian(rng, 3, 2), v2);
        double[][] st = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}};
        int[][] ties = soft.confusionMatrix(E3LayersPublicGrader.gaussian(rng, 4, 2), st);
        Expect.that("softmax outputs y_0 = y_1 > y_2 (tied columns of W2; the first maximum wins), targets classes 0, "
                + "1, 2, 1: C[predicted][actual]", Arrays.deepEquals(ties, new int[][] {{1, 2, 1}, {0, 0, 0},
                    {0, 0, 0}}), "[[1, 2, 1], [0, 0, 0], [0, 0, 0]]", Arrays.deepToString(ties));
    }

    /**
     * Early stopping on a linear network that starts with W2 = 0 (output 0) and learns so slowly (targets 1e-4, eta
     * 0.002, one iteration a block) that the validation error, 1/2 t^2 with t = sqrt(2 level), moves by less than
     * 1e-3 a block: from just below 100000 the book goes on for a third block (100000 - e1 &gt; 0.001), from just
     * above it stops after two.
     */
    private static void slowEarlyStopping(MlpFactory mlp, SplittableRandom rng, double level) {
        MarslandMlp net = mlp.marsland(2, 2, 1, 1, 0.9, OutputKind.IDENTITY, rng);
        double[][] w1 = E3LayersPublicGrader.gaussian(rng, 3, 2);
        net.setWeights(w1, new double[3][1]);
        MarslandOracle book = new MarslandOracle(2, 2, 1, 1, 0.9, OutputKind.IDENTITY, w1, new double[3][1]);
        double[][] x = LogicTables.inputs();
        double[][] t = {{1e-4}, {1e-4}, {1e-4}, {1e-4}};
        double[][] validX = {{0.5, 0.5}};
        double[][] validT = {{Math.sqrt(2 * level)}};
        String what = "linear output learning slowly, validation error near " + level + ": ";
        Expect.close(what + "the last validation error", net.earlyStopping(x, t, validX, validT, SLOW_ETA, 1),
                book.earlyStopping(x, t, validX, validT, SLOW_ETA, 1), LONG_RUN, LONG_RUN);
        sameWeights(what + "after early stopping (blocks run: 3 below 100000, 2 above) ", net, book, LONG_RUN);
    }

    /** The oracle of a network after setting random weights U(-1, 1) into both. */
    private static MarslandOracle oracle(MarslandMlp net, SplittableRandom rng, int[] s, double[] rates,
                                         OutputKind kind) {
        double[][] w1 = new double[s[0] + 1][s[1]];
        double[][] w2 = new double[s[1] + 1][s[2]];
        for (double[][] w : new double[][][] {w1, w2}) {
            for (double[] row : w) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = rng.nextDouble(-1, 1);
                }
            }
        }
        net.setWeights(w1, w2);
        return new MarslandOracle(s[0], s[1], s[2], rates[0], rates[1], kind, w1, w2);
    }

    /** Targets for an output kind: Gaussian (linear), 0 or 1 (logistic), one-hot (softmax). */
    private static double[][] targets(OutputKind kind, SplittableRandom rng, int n, int k) {
        double[][] t = new double[n][k];
        for (double[] row : t) {
            switch (kind) {
                case IDENTITY -> Arrays.setAll(row, j -> rng.nextGaussian());
                case LOGISTIC -> Arrays.setAll(row, j -> rng.nextInt(2));
                default -> row[rng.nextInt(k)] = 1;
            }
        }
        return t;
    }

    private static void sameWeights(String what, MarslandMlp net, MarslandOracle book, double rel) {
        sameMatrix(what + "W1", net.weights1(), book.w1, rel, rel == 0 ? 0 : Math.max(rel, MARSLAND_ABS));
        sameMatrix(what + "W2", net.weights2(), book.w2, rel, rel == 0 ? 0 : Math.max(rel, MARSLAND_ABS));
    }

    private static void sameMatrix(String what, double[][] actual, double[][] expected, double rel, double abs) {
        Expect.that(what + ": rows", actual != null && actual.length == expected.length,
                Integer.toString(expected.length), actual == null ? "null" : Integer.toString(actual.length));
        for (int r = 0; r < expected.length; r++) {
            Expect.close(what + " row " + r, actual[r], expected[r], rel, abs);
        }
    }
}
