package dlecon.graders.e3;

import dlecon.api.Exercise;
import dlecon.api.e3.Activation;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.Initializer;
import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public E3 graders of the scalar pieces: activations and their derivatives, losses and their gradients, and the
 * initialisers' draws. Expected values come from the formulas of {@link ActivationKind}, {@link LossKind} and
 * {@link InitKind} (the static methods here are shared with the hidden suites).
 */
@GraderSuite(exercise = Exercise.E3, visibility = Visibility.PUBLIC)
class E3ElementsPublicGrader {

    /**
     * Activations, relative part: one or two elementary functions, each within an ulp, and their products: a few ulps,
     * 1e-14 leaves a factor 20; a wrong formula is off by 1e-3 or more.
     */
    static final double ACTIVATION_REL = 1e-14;
    /**
     * Activations, absolute part, per unit of max(1, |z|): a correct sigmoid may be accurate only to 1.1e-16
     * absolute in its tail ((1 + tanh(z/2)) / 2, or 1 - g and 1 - g^2 in the derivatives), and swish multiplies it by
     * z: at most about 2.2e-16 max(1, |z|); 1e-15 max(1, |z|) leaves a factor 4.
     */
    static final double ACTIVATION_ABS = 1e-15;
    /**
     * Losses: a sum of at most 24 terms of one sign, each a product, quotient or logarithm within a few ulps: relative
     * error below 30 eps = 3.3e-15 in any summation order; 1e-13 leaves a factor 30.
     */
    static final double LOSS_REL = 1e-13;
    /**
     * Loss values, absolute: log(1 - y) of a y near 0 is within 1.1e-16 of log1p(-y) however 1 - y is rounded, so
     * the mean of such terms is within 1.1e-16; 1e-15 leaves a factor 9.
     */
    static final double LOSS_ABS = 1e-15;
    /**
     * Initialisers: (u - 0.5) * 2 / sqrt(n) and its rearrangements ((2u - 1) / sqrt(n), ... * (1 / sqrt(n)), sqrt(2 /
     * n) z) take at most four roundings: 4.4e-16 relative; 1e-14 leaves a factor 20.
     */
    static final double INIT_REL = 1e-14;
    /** Random points per activation. */
    private static final int POINTS = 40;
    /** Random batches per loss. */
    private static final int BATCHES = 10;
    /** Weight shapes of the initialiser test: one entry, wide, tall and square. */
    private static final int[][] SHAPES = {{1, 1}, {3, 5}, {5, 2}, {4, 4}};

    @Test
    @DisplayName("activation values and derivatives at random points of both signs equal the formulas of "
            + "ActivationKind")
    @Graded(points = 1, category = "activations", task = Tasks.ACTIVATIONS,
            hint = "identity g' = 1; sigmoid g' = g (1 - g); tanh g' = 1 - g^2; ReLU max(0, z), g' = 1 for z > 0; "
                    + "leaky ReLU a z and a for z <= 0 (a = LEAKY_SLOPE); swish z s(z), g' = s + z s (1 - s)")
    void activationsMatchTheirFormulas(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (ActivationKind kind : ActivationKind.values()) {
            Activation g = mlp.activation(kind);
            for (int i = 0; i < POINTS; i++) {
                double sign = i % 2 == 0 ? 1 : -1;
                double z = i < POINTS / 2 ? rng.nextDouble(-8, 8) : sign * Math.pow(10, rng.nextDouble(-4, 1.3));
                checkActivation(kind, g, z);
            }
        }
    }

    @Test
    @DisplayName("loss values and gradients of random batches (N rows, K outputs, N != K) equal the formulas of "
            + "LossKind, and the arguments are not modified")
    @Graded(points = 1, category = "losses", task = Tasks.LOSSES,
            hint = "MSE: 1/(N K) sum (y - t)^2 (no 1/2), gradient 2 (y - t) / (N K); binary cross-entropy: mean over "
                    + "N K entries, gradient (y - t) / (y (1 - y) N K); softmax cross-entropy: -1/N sum t log y, "
                    + "gradient -t / (N y)")
    void lossesMatchTheirFormulas(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (LossKind kind : LossKind.values()) {
            Loss loss = mlp.loss(kind);
            for (int b = 0; b < BATCHES; b++) {
                int n = 1 + rng.nextInt(6);
                int k = b == 0 ? 1 : 1 + rng.nextInt(4);
                double[][] y = new double[n][k];
                double[][] t = new double[n][k];
                for (int r = 0; r < n; r++) {
                    randomRow(kind, rng, y[r], t[r]);
                }
                checkLoss(kind, loss, y, t);
            }
        }
    }

    @Test
    @DisplayName("initialisers draw every entry row by row from the caller's generator (n_in != n_out), one draw each")
    @Graded(points = 1, category = "initialisers", task = Tasks.INITIALISERS,
            hint = "for each row i, for each column j: Marsland (u - 0.5) * 2 / sqrt(n_in), Xavier (u - 0.5) * 2 r with "
                    + "r = sqrt(6 / (n_in + n_out)) (u = rng.nextDouble()), He sqrt(2 / n_in) rng.nextGaussian(); "
                    + "no other draw")
    void initialisersDrawRowByRow(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (InitKind kind : InitKind.values()) {
            Initializer init = mlp.initializer(kind);
            for (int[] shape : SHAPES) {
                long s = rng.nextLong();
                SplittableRandom used = new SplittableRandom(s);
                double[][] w = init.weights(shape[0], shape[1], used);
                SplittableRandom replay = new SplittableRandom(s);
                double[][] expected = expectedWeights(kind, shape[0], shape[1], replay);
                String what = kind + " " + shape[0] + " x " + shape[1];
                Expect.that(what + ": rows", w != null && w.length == shape[0], Integer.toString(shape[0]),
                        w == null ? "null" : Integer.toString(w.length));
                for (int i = 0; i < shape[0]; i++) {
                    Expect.close(what + ", row " + i, w[i], expected[i], INIT_REL, 0);
                }
                Expect.that(what + ": the generator advanced by exactly " + shape[0] * shape[1] + " draws",
                        used.nextLong() == replay.nextLong(), "the next draw of the replay", "another draw");
            }
        }
    }

    /** Checks g(z) and g'(z) of one activation against the formulas. */
    static void checkActivation(ActivationKind kind, Activation g, double z) {
        String at = String.format(Locale.ROOT, "(%s)", z);
        double abs = ACTIVATION_ABS * Math.max(1, Math.abs(z));
        Expect.close(kind + at, g.value(z), value(kind, z), ACTIVATION_REL, abs);
        Expect.close(kind + "'" + at, g.derivative(z), derivative(kind, z), ACTIVATION_REL, abs);
    }

    /** Checks value and gradient of one loss, and that neither modifies y or t. */
    static void checkLoss(LossKind kind, Loss loss, double[][] y, double[][] t) {
        double[][] y0 = copy(y);
        double[][] t0 = copy(t);
        String what = kind + " of y = " + Arrays.deepToString(y) + ", t = " + Arrays.deepToString(t);
        Expect.close(what, loss.value(y, t), lossValue(kind, y, t), LOSS_REL, LOSS_ABS);
        double[][] g = loss.gradient(y, t);
        double[][] expected = lossGradient(kind, y, t);
        Expect.that(what + ": gradient rows", g != null && g.length == y.length, Integer.toString(y.length),
                g == null ? "null" : Integer.toString(g.length));
        for (int r = 0; r < y.length; r++) {
            Expect.close("dE/dy row " + r + " of " + what, g[r], expected[r], LOSS_REL, 0);
        }
        Expect.that(kind + ": arguments unchanged", Arrays.deepEquals(y, y0) && Arrays.deepEquals(t, t0),
                "y and t as passed", "modified");
    }

    /** One row of outputs and targets of the kind each loss is meant for. */
    private static void randomRow(LossKind kind, SplittableRandom rng, double[] y, double[] t) {
        int k = y.length;
        switch (kind) {
            case MSE -> {
                for (int j = 0; j < k; j++) {
                    y[j] = 2 * rng.nextGaussian();
                    t[j] = rng.nextGaussian();
                }
            }
            case BINARY_CROSS_ENTROPY -> {
                for (int j = 0; j < k; j++) {
                    y[j] = rng.nextDouble(0.01, 0.99);
                    t[j] = rng.nextBoolean() ? rng.nextInt(2) : rng.nextDouble();
                }
            }
            case SOFTMAX_CROSS_ENTROPY -> {
                double sum = 0;
                double mass = 0;
                for (int j = 0; j < k; j++) {
                    y[j] = Math.exp(2 * rng.nextGaussian());
                    sum += y[j];
                    t[j] = rng.nextDouble();
                    mass += t[j];
                }
                int hot = rng.nextBoolean() ? rng.nextInt(k) : -1;
                for (int j = 0; j < k; j++) {
                    y[j] /= sum;
                    t[j] = hot < 0 ? t[j] / mass : (j == hot ? 1 : 0);
                }
            }
            default -> throw new IllegalStateException("unknown loss " + kind);
        }
    }

    /** The logistic function, for z &lt; 0 as e^z / (1 + e^z). */
    static double logistic(double z) {
        double e = Math.exp(-Math.abs(z));
        return z < 0 ? e / (1.0 + e) : 1.0 / (1.0 + e);
    }

    /** g(z) by the formulas of {@link ActivationKind}. */
    static double value(ActivationKind kind, double z) {
        return switch (kind) {
            case IDENTITY -> z;
            case SIGMOID -> logistic(z);
            case TANH -> Math.tanh(z);
            case RELU -> z > 0 ? z : 0.0;
            case LEAKY_RELU -> z > 0 ? z : z * ActivationKind.LEAKY_SLOPE;
            case SWISH -> logistic(z) * z;
        };
    }

    /** g'(z) by the formulas of {@link ActivationKind} (ReLU and leaky ReLU take the z &lt;= 0 branch at 0). */
    static double derivative(ActivationKind kind, double z) {
        double s = logistic(z);
        double th = Math.tanh(z);
        return switch (kind) {
            case IDENTITY -> 1.0;
            case SIGMOID -> s - s * s;
            case TANH -> (1 - th) * (1 + th);
            case RELU -> z > 0 ? 1.0 : 0.0;
            case LEAKY_RELU -> z > 0 ? 1.0 : ActivationKind.LEAKY_SLOPE;
            case SWISH -> s * (1 + z * (1 - s));
        };
    }

    /** E(y, t) by the formulas of {@link LossKind}. */
    static double lossValue(LossKind kind, double[][] y, double[][] t) {
        double f = LossKind.PROBABILITY_FLOOR;
        double total = 0;
        int k = y[0].length;
        for (int r = 0; r < y.length; r++) {
            for (int j = 0; j < k; j++) {
                double p = Math.max(f, Math.min(1 - f, y[r][j]));
                total += switch (kind) {
                    case MSE -> Math.pow(y[r][j] - t[r][j], 2);
                    case BINARY_CROSS_ENTROPY -> -(t[r][j] * Math.log(p) + (1 - t[r][j]) * Math.log1p(-p));
                    case SOFTMAX_CROSS_ENTROPY -> -t[r][j] * Math.log(Math.max(f, y[r][j]));
                };
            }
        }
        return kind == LossKind.SOFTMAX_CROSS_ENTROPY ? total / y.length : total / y.length / k;
    }

    /** dE/dy by the formulas of {@link LossKind}. */
    static double[][] lossGradient(LossKind kind, double[][] y, double[][] t) {
        double f = LossKind.PROBABILITY_FLOOR;
        int n = y.length;
        int k = y[0].length;
        double[][] g = new double[n][k];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < k; j++) {
                double p = Math.max(f, Math.min(1 - f, y[r][j]));
                g[r][j] = switch (kind) {
                    case MSE -> (y[r][j] - t[r][j]) * 2 / n / k;
                    case BINARY_CROSS_ENTROPY -> (p - t[r][j]) / (p * (1 - p)) / n / k;
                    case SOFTMAX_CROSS_ENTROPY -> -t[r][j] / Math.max(f, y[r][j]) / n;
                };
            }
        }
        return g;
    }

    /** The n_in x n_out weights of {@link InitKind} drawn row by row from {@code rng}. */
    static double[][] expectedWeights(InitKind kind, int nIn, int nOut, SplittableRandom rng) {
        double[][] w = new double[nIn][nOut];
        for (int i = 0; i < nIn; i++) {
            for (int j = 0; j < nOut; j++) {
                w[i][j] = switch (kind) {
                    case MARSLAND_UNIFORM -> (2 * rng.nextDouble() - 1) / Math.sqrt(nIn);
                    case XAVIER_UNIFORM -> (2 * rng.nextDouble() - 1) * Math.sqrt(6.0 / (nOut + nIn));
                    case HE_NORMAL -> rng.nextGaussian() * Math.sqrt(2.0 / nIn);
                };
            }
        }
        return w;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
