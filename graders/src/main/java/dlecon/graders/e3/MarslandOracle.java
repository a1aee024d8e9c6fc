package dlecon.graders.e3;

import dlecon.api.e3.OutputKind;
import java.util.SplittableRandom;

/**
 * The hidden graders' own implementation of Marsland's two-layer network (formulas in
 * {@link dlecon.api.e3.MarslandMlp}), written independently of the reference: the bias input -1 enters as "minus
 * the bias row", and every sum is taken in its own order. Used only by hidden suites.
 */
final class MarslandOracle {

    /** The tolerance of Marsland's early stopping, {@code EarlyStopping.marsland().tolerance()}. */
    private static final double TOLERANCE = 0.001;
    /** Its block limit. */
    private static final int MAX_BLOCKS = 1000;

    private final int nIn;
    private final int nHidden;
    private final int nOut;
    private final double beta;
    private final double momentum;
    private final OutputKind output;
    double[][] w1;
    double[][] w2;

    MarslandOracle(int nIn, int nHidden, int nOut, double beta, double momentum, OutputKind output, double[][] w1,
                   double[][] w2) {
        this.nIn = nIn;
        this.nHidden = nHidden;
        this.nOut = nOut;
        this.beta = beta;
        this.momentum = momentum;
        this.output = output;
        this.w1 = E3ElementsPublicGrader.copy(w1);
        this.w2 = E3ElementsPublicGrader.copy(w2);
    }

    /** rows x cols entries (2u - 1) / sqrt(fanIn), drawn row by row. */
    static double[][] draws(int rows, int cols, int fanIn, SplittableRandom rng) {
        double[][] w = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                w[i][j] = (2 * rng.nextDouble() - 1) / Math.sqrt(fanIn);
            }
        }
        return w;
    }

    /** h = logistic(beta (x W1[0..m) - W1[m])), N x H. */
    double[][] hidden(double[][] x) {
        double[][] h = new double[x.length][nHidden];
        for (int n = 0; n < x.length; n++) {
            for (int j = 0; j < nHidden; j++) {
                double z = -w1[nIn][j];
                for (int i = nIn - 1; i >= 0; i--) {
                    z += x[n][i] * w1[i][j];
                }
                h[n][j] = 1 / (1 + Math.exp(-beta * z));
            }
        }
        return h;
    }

    /** y = out(h W2[0..H) - W2[H]), N x K. */
    double[][] output(double[][] h) {
        double[][] y = new double[h.length][nOut];
        for (int n = 0; n < h.length; n++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < nOut; k++) {
                double a = -w2[nHidden][k];
                for (int j = nHidden - 1; j >= 0; j--) {
                    a += h[n][j] * w2[j][k];
                }
                y[n][k] = a;
                max = Math.max(max, a);
            }
            double sum = 0;
            for (int k = 0; k < nOut; k++) {
                switch (output) {
                    case LOGISTIC -> y[n][k] = 1 / (1 + Math.exp(-beta * y[n][k]));
                    case SOFTMAX -> {
                        y[n][k] = Math.exp(y[n][k] - max);
                        sum += y[n][k];
                    }
                    default -> {
                    }
                }
            }
            for (int k = 0; output == OutputKind.SOFTMAX && k < nOut; k++) {
                y[n][k] /= sum;
            }
        }
        return y;
    }

    double[][] forward(double[][] x) {
        return output(hidden(x));
    }

    double error(double[][] x, double[][] t) {
        double[][] y = forward(x);
        double e = 0;
        for (int n = 0; n < y.length; n++) {
            for (int k = 0; k < nOut; k++) {
                e += 0.5 * (t[n][k] - y[n][k]) * (t[n][k] - y[n][k]);
            }
        }
        return e;
    }

    /** The book's mlptrain: E before each update; the momentum terms start at 0. */
    double[] train(double[][] x, double[][] t, double eta, int iterations) {
        int n = x.length;
        double[][] d1 = new double[nIn + 1][nHidden];
        double[][] d2 = new double[nHidden + 1][nOut];
        double[] errors = new double[iterations];
        for (int it = 0; it < iterations; it++) {
            errors[it] = error(x, t);
            double[][] h = hidden(x);
            double[][] y = output(h);
            double[][] deltaO = new double[n][nOut];
            for (int r = 0; r < n; r++) {
                for (int k = 0; k < nOut; k++) {
                    double diff = y[r][k] - t[r][k];
                    deltaO[r][k] = switch (output) {
                        case IDENTITY -> diff / n;
                        case LOGISTIC -> beta * y[r][k] * (1 - y[r][k]) * diff;
                        case SOFTMAX -> y[r][k] * (1 - y[r][k]) * diff / n;
                    };
                }
            }
            double[][] deltaH = new double[n][nHidden];
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < nHidden; j++) {
                    double back = 0;
                    for (int k = 0; k < nOut; k++) {
                        back += deltaO[r][k] * w2[j][k];
                    }
                    deltaH[r][j] = beta * h[r][j] * (1 - h[r][j]) * back;
                }
            }
            for (int i = 0; i <= nIn; i++) {
                for (int j = 0; j < nHidden; j++) {
                    double g = 0;
                    for (int r = 0; r < n; r++) {
                        g += (i == nIn ? -1 : x[r][i]) * deltaH[r][j];
                    }
                    d1[i][j] = momentum * d1[i][j] + eta * g;
                    w1[i][j] -= d1[i][j];
                }
            }
            for (int j = 0; j <= nHidden; j++) {
                for (int k = 0; k < nOut; k++) {
                    double g = 0;
                    for (int r = 0; r < n; r++) {
                        g += (j == nHidden ? -1 : h[r][j]) * deltaO[r][k];
                    }
                    d2[j][k] = momentum * d2[j][k] + eta * g;
                    w2[j][k] -= d2[j][k];
                }
            }
        }
        return errors;
    }

    /** The book's earlystopping: blocks of train while the validation error improves; the last validation error. */
    double earlyStopping(double[][] x, double[][] t, double[][] validX, double[][] validT, double eta, int perBlock) {
        double e2 = 100002;
        double e1 = 100001;
        double eNew = 100000;
        for (int b = 0; b < MAX_BLOCKS && (e1 - eNew > TOLERANCE || e2 - e1 > TOLERANCE); b++) {
            train(x, t, eta, perBlock);
            e2 = e1;
            e1 = eNew;
            eNew = error(validX, validT);
        }
        return eNew;
    }

    /** C[predicted][actual]: threshold 0.5 for one output, else the first argmax. */
    int[][] confusion(double[][] x, double[][] t) {
        double[][] y = forward(x);
        int c = nOut == 1 ? 2 : nOut;
        int[][] m = new int[c][c];
        for (int n = 0; n < y.length; n++) {
            m[nOut == 1 ? (y[n][0] > 0.5 ? 1 : 0) : first(y[n])][nOut == 1 ? (t[n][0] > 0.5 ? 1 : 0) : first(t[n])]++;
        }
        return m;
    }

    private static int first(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            best = v[k] > v[best] ? k : best;
        }
        return best;
    }
}
