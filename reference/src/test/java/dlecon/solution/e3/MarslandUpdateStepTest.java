package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.e3.OutputKind;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Update steps of every output kind against an independent plain-loop transcription of the book's {@code mlptrain}
 * (written here, without the class under test): one step, three steps (momentum carried within a call) and two
 * separate calls (momentum reset at each call). beta = 1.3 so that every missing beta factor shows.
 */
class MarslandUpdateStepTest {

    /** Same formulas in a different summation order (and the book's unshifted softmax) differ in the last bits. */
    private static final double STEP_TOL = 1e-12;

    private static final double BETA = 1.3;
    private static final double MOMENTUM = 0.9;
    private static final double ETA = 0.2;
    private static final int N = 5;
    private static final int M = 3;
    private static final int H = 4;
    private static final int K = 3;

    /** A fixed problem: inputs in [-1, 1], weights in [-1, 1]; targets one-hot (softmax), in [0, 1] or real. */
    private record Problem(double[][] x, double[][] t, double[][] w1, double[][] w2) {

        static Problem of(OutputKind kind) {
            SplittableRandom rng = new SplittableRandom(20240611L + kind.ordinal());
            double[][] x = uniform(N, M, rng);
            double[][] t = new double[N][K];
            for (int i = 0; i < N; i++) {
                for (int k = 0; k < K; k++) {
                    t[i][k] = switch (kind) {
                        case SOFTMAX -> k == i % K ? 1 : 0;
                        case LOGISTIC -> rng.nextDouble();
                        case IDENTITY -> 2 * rng.nextDouble() - 1;
                    };
                }
            }
            return new Problem(x, t, uniform(M + 1, H, rng), uniform(H + 1, K, rng));
        }

        MarslandNetwork network(OutputKind kind) {
            MarslandNetwork net = new MarslandNetwork(M, H, K, BETA, MOMENTUM, kind, new SplittableRandom(0));
            net.setWeights(w1, w2);
            return net;
        }
    }

    private static double[][] uniform(int rows, int cols, SplittableRandom rng) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextDouble(-1, 1);
            }
        }
        return a;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /**
     * The book's {@code mlptrain} with plain loops: updates w1 and w2 in place, returns E before each update.
     * Momentum terms start at zero (they are local to the call, as in the book).
     */
    static double[] bookTrain(double[][] w1, double[][] w2, double[][] x, double[][] t, double beta, double mom,
                              OutputKind kind, double eta, int iterations) {
        int n = x.length;
        int m = x[0].length;
        int h = w1[0].length;
        int k = w2[0].length;
        double[][] u1 = new double[m + 1][h];
        double[][] u2 = new double[h + 1][k];
        double[] errors = new double[iterations];
        for (int it = 0; it < iterations; it++) {
            double[][] xb = new double[n][m + 1];
            double[][] hb = new double[n][h + 1];
            double[][] y = new double[n][k];
            for (int i = 0; i < n; i++) {
                for (int p = 0; p <= m; p++) {
                    xb[i][p] = p < m ? x[i][p] : -1;
                }
                for (int j = 0; j < h; j++) {
                    double z = 0;
                    for (int p = 0; p <= m; p++) {
                        z += xb[i][p] * w1[p][j];
                    }
                    hb[i][j] = 1 / (1 + Math.exp(-beta * z));
                }
                hb[i][h] = -1;
                double norm = 0;
                for (int c = 0; c < k; c++) {
                    double a = 0;
                    for (int j = 0; j <= h; j++) {
                        a += hb[i][j] * w2[j][c];
                    }
                    y[i][c] = switch (kind) {
                        case IDENTITY -> a;
                        case LOGISTIC -> 1 / (1 + Math.exp(-beta * a));
                        case SOFTMAX -> Math.exp(a); // the book's softmax, normalised below
                    };
                    norm += y[i][c];
                }
                if (kind == OutputKind.SOFTMAX) {
                    for (int c = 0; c < k; c++) {
                        y[i][c] /= norm;
                    }
                }
            }
            double e = 0;
            double[][] dO = new double[n][k];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    double r = y[i][c] - t[i][c];
                    e += 0.5 * r * r;
                    dO[i][c] = switch (kind) {
                        case IDENTITY -> r / n;
                        case LOGISTIC -> beta * r * y[i][c] * (1 - y[i][c]);
                        case SOFTMAX -> r * (y[i][c] * (-y[i][c]) + y[i][c]) / n;
                    };
                }
            }
            errors[it] = e;
            double[][] dH = new double[n][h];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < h; j++) {
                    double s = 0;
                    for (int c = 0; c < k; c++) {
                        s += dO[i][c] * w2[j][c];
                    }
                    dH[i][j] = hb[i][j] * beta * (1 - hb[i][j]) * s;
                }
            }
            for (int p = 0; p <= m; p++) {
                for (int j = 0; j < h; j++) {
                    double g = 0;
                    for (int i = 0; i < n; i++) {
                        g += xb[i][p] * dH[i][j];
                    }
                    u1[p][j] = eta * g + mom * u1[p][j];
                    w1[p][j] -= u1[p][j];
                }
            }
            for (int j = 0; j <= h; j++) {
                for (int c = 0; c < k; c++) {
                    double g = 0;
                    for (int i = 0; i < n; i++) {
                        g += hb[i][j] * dO[i][c];
                    }
                    u2[j][c] = eta * g + mom * u2[j][c];
                    w2[j][c] -= u2[j][c];
                }
            }
        }
        return errors;
    }

    @ParameterizedTest
    @EnumSource(OutputKind.class)
    void oneStepMatchesTheBook(OutputKind kind) {
        checkSteps(kind, 1);
    }

    @ParameterizedTest
    @EnumSource(OutputKind.class)
    void threeStepsWithMomentumMatchTheBook(OutputKind kind) {
        checkSteps(kind, 3);
    }

    private static void checkSteps(OutputKind kind, int steps) {
        Problem p = Problem.of(kind);
        double[][] w1 = deepCopy(p.w1());
        double[][] w2 = deepCopy(p.w2());
        double[] expected = bookTrain(w1, w2, p.x(), p.t(), BETA, MOMENTUM, kind, ETA, steps);
        MarslandNetwork net = p.network(kind);
        double[] errors = net.train(p.x(), p.t(), ETA, steps);
        Close.assertRelative(kind + " E before each update", errors, expected, STEP_TOL);
        Close.assertRelative(kind + " W1 after " + steps + " step(s)", net.weights1(), w1, STEP_TOL);
        Close.assertRelative(kind + " W2 after " + steps + " step(s)", net.weights2(), w2, STEP_TOL);
    }

    @ParameterizedTest
    @EnumSource(OutputKind.class)
    void forwardMatchesTheBook(OutputKind kind) {
        Problem p = Problem.of(kind);
        double[] e0 = bookTrain(deepCopy(p.w1()), deepCopy(p.w2()), p.x(), p.t(), BETA, MOMENTUM, kind, ETA, 1);
        Close.assertRelative(kind + " error()", p.network(kind).error(p.x(), p.t()), e0[0], STEP_TOL);
        if (kind == OutputKind.SOFTMAX) {
            for (double[] row : p.network(kind).forward(p.x())) {
                Close.assertAbsolute("softmax row sum", row[0] + row[1] + row[2], 1.0, STEP_TOL);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(OutputKind.class)
    void momentumIsResetAtEveryTrainCall(OutputKind kind) {
        Problem p = Problem.of(kind);
        double[][] w1 = deepCopy(p.w1());
        double[][] w2 = deepCopy(p.w2());
        bookTrain(w1, w2, p.x(), p.t(), BETA, MOMENTUM, kind, ETA, 1);
        bookTrain(w1, w2, p.x(), p.t(), BETA, MOMENTUM, kind, ETA, 1);
        MarslandNetwork twoCalls = p.network(kind);
        twoCalls.train(p.x(), p.t(), ETA, 1);
        twoCalls.train(p.x(), p.t(), ETA, 1);
        Close.assertRelative(kind + " W1 after two calls of one step", twoCalls.weights1(), w1, STEP_TOL);
        Close.assertRelative(kind + " W2 after two calls of one step", twoCalls.weights2(), w2, STEP_TOL);

        MarslandNetwork oneCall = p.network(kind);
        oneCall.train(p.x(), p.t(), ETA, 2);
        assertThat(maxDifference(oneCall.weights2(), twoCalls.weights2()))
                .as("one call of two steps carries momentum, two calls of one step do not").isGreaterThan(1e-6);
    }

    private static double maxDifference(double[][] a, double[][] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                max = Math.max(max, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return max;
    }
}
