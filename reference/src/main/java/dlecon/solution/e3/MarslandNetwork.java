package dlecon.solution.e3;

import static dlecon.api.linalg.Matrices.appendColumn;
import static dlecon.api.linalg.Matrices.copy;
import static dlecon.api.linalg.Matrices.multiply;
import static dlecon.api.linalg.Matrices.transpose;

import dlecon.api.e3.EarlyStopping;
import dlecon.api.e3.MarslandMlp;
import dlecon.api.e3.OutputKind;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Marsland's two-layer perceptron ({@code mlp.py}, ch. 4 of <i>Machine Learning: An Algorithmic Perspective</i>,
 * 2nd ed.) with the book's quirks: bias input -1, logistic output delta without 1/N, softmax delta with only the
 * diagonal of the softmax Jacobian, momentum reset at every {@link #train} call. Formulas: {@link MarslandMlp};
 * shapes: X is N x m, X_b = [X, -1] is N x (m+1), W1 (m+1) x H, h_b = [h, -1] is N x (H+1), W2 (H+1) x K, y N x K.
 * The softmax is shifted by the row maximum (the same value, without overflow).
 */
public final class MarslandNetwork implements MarslandMlp {

    private final int nIn;
    private final int nHidden;
    private final int nOut;
    private final double beta;
    private final double momentum;
    private final OutputKind output;

    // BEGIN REMOVE
    /** W1, (m+1) x H, and W2, (H+1) x K; last rows = bias weights. */
    private double[][] w1;
    private double[][] w2;

    /** One forward pass: h_b = [h, -1] (N x (H+1)) and y (N x K). */
    private record Pass(double[][] hb, double[][] y) {
    }
    // END REMOVE

    /**
     * Draws the entries of W1 as (u - 0.5) * 2 / sqrt(m), then those of W2 as (u - 0.5) * 2 / sqrt(H), each matrix
     * row by row, with u = {@code rng.nextDouble()}.
     *
     * @param nIn      m, number of inputs (at least 1)
     * @param nHidden  H, number of hidden neurons (at least 1)
     * @param nOut     K, number of outputs (at least 1)
     * @param beta     steepness of the sigmoids (positive, finite)
     * @param momentum m of the updates, in [0, 1) (0.9 in the book)
     * @param output   IDENTITY (linear), LOGISTIC or SOFTMAX
     * @param rng      the only source of randomness; advanced by (m+1) H + (H+1) K draws
     */
    public MarslandNetwork(int nIn, int nHidden, int nOut, double beta, double momentum, OutputKind output,
                           RandomGenerator rng) {
        MarslandChecks.network(nIn, nHidden, nOut, beta, momentum);
        this.nIn = nIn;
        this.nHidden = nHidden;
        this.nOut = nOut;
        this.beta = beta;
        this.momentum = momentum;
        this.output = Objects.requireNonNull(output, "output");
        Objects.requireNonNull(rng, "rng");
        // BEGIN SOLUTION: E3 Marsland network: draw W1 then W2, row by row, as (u - 0.5) * 2 / sqrt(fan-in)
        w1 = uniform(nIn + 1, nHidden, Math.sqrt(nIn), rng);
        w2 = uniform(nHidden + 1, nOut, Math.sqrt(nHidden), rng);
        // END SOLUTION
    }

    @Override
    public double[][] weights1() {
        // BEGIN SOLUTION: E3 Marsland network: return a copy of W1
        return copy(w1);
        // END SOLUTION
    }

    @Override
    public double[][] weights2() {
        // BEGIN SOLUTION: E3 Marsland network: return a copy of W2
        return copy(w2);
        // END SOLUTION
    }

    /** @throws IllegalArgumentException unless W1 is (m+1) x H and W2 is (H+1) x K, all entries finite */
    @Override
    public void setWeights(double[][] w1, double[][] w2) {
        MarslandChecks.matrix("w1", w1, nIn + 1, nHidden);
        MarslandChecks.matrix("w2", w2, nHidden + 1, nOut);
        // BEGIN SOLUTION: E3 Marsland network: store copies of W1 and W2
        this.w1 = copy(w1);
        this.w2 = copy(w2);
        // END SOLUTION
    }

    /** @throws IllegalArgumentException unless x is N x m with finite entries */
    @Override
    public double[][] forward(double[][] x) {
        MarslandChecks.matrix("x", x, -1, nIn);
        // BEGIN SOLUTION: E3 Marsland network: forward pass y = out(h_b W2) with h = 1 / (1 + exp(-beta X_b W1))
        return pass(appendColumn(x, -1)).y();
        // END SOLUTION
    }

    /** @throws IllegalArgumentException unless x is N x m and t is N x K, with finite entries */
    @Override
    public double error(double[][] x, double[][] t) {
        MarslandChecks.data("x", x, "t", t, nIn, nOut);
        // BEGIN SOLUTION: E3 Marsland network: error E = 1/2 sum (y - t)^2
        return halfSquaredError(pass(appendColumn(x, -1)).y(), t);
        // END SOLUTION
    }

    /**
     * Output deltas delta_o: IDENTITY (y - t)/N, LOGISTIC beta (y - t) y (1 - y), SOFTMAX (y - t)(y - y^2)/N;
     * hidden deltas delta_h = beta h (1 - h) (delta_o W2^T) without the bias column; then
     * dW1 = eta X_b^T delta_h + m dW1, dW2 = eta h_b^T delta_o + m dW2 (both 0 at the start of the call),
     * W1 -= dW1, W2 -= dW2. Modifies W1 and W2; x and t are not modified.
     *
     * @param eta        learning rate (positive, finite)
     * @param iterations number of full-batch updates (at least 0)
     * @return E before each update, length {@code iterations}
     * @throws IllegalArgumentException for bad shapes, non-finite data, no rows, or bad eta or iterations
     */
    @Override
    public double[] train(double[][] x, double[][] t, double eta, int iterations) {
        MarslandChecks.training(x, t, nIn, nOut, eta, iterations, 0);
        // BEGIN SOLUTION: E3 Marsland network: full-batch backpropagation with momentum, returning E per iteration
        int n = x.length;
        double[][] xb = appendColumn(x, -1);
        double[][] update1 = new double[nIn + 1][nHidden];
        double[][] update2 = new double[nHidden + 1][nOut];
        double[] errors = new double[iterations];
        for (int it = 0; it < iterations; it++) {
            Pass p = pass(xb);
            double[][] hb = p.hb();
            double[][] y = p.y();
            errors[it] = halfSquaredError(y, t); // E before the update, as the book prints it
            double[][] deltaO = new double[n][nOut];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < nOut; k++) {
                    double r = y[i][k] - t[i][k];
                    deltaO[i][k] = switch (output) {
                        case IDENTITY -> r / n;
                        case LOGISTIC -> beta * r * y[i][k] * (1 - y[i][k]);
                        case SOFTMAX -> r * (y[i][k] - y[i][k] * y[i][k]) / n;
                    };
                }
            }
            // delta_o W2^T without the bias column = delta_o (first H rows of W2)^T
            double[][] deltaH = multiply(deltaO, transpose(Arrays.copyOf(w2, nHidden)));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < nHidden; j++) {
                    deltaH[i][j] *= beta * hb[i][j] * (1 - hb[i][j]);
                }
            }
            momentumStep(w1, update1, xb, deltaH, eta);
            momentumStep(w2, update2, hb, deltaO, eta);
        }
        return errors;
        // END SOLUTION
    }

    /**
     * Blocks of {@code train(x, t, eta, iterationsPerBlock)} while (e1 - e_new) &gt; tol or (e2 - e1) &gt; tol, from
     * e1 = 100002, e2 = 100001, e_new = 100000 as in the book; tol and the safety bound on the number of blocks
     * come from {@link EarlyStopping#marsland()}. Validation error 1/2 sum (t - y)^2. Modifies W1 and W2.
     *
     * @throws IllegalArgumentException for bad shapes, non-finite data, or bad eta or iterationsPerBlock
     */
    @Override
    public double earlyStopping(double[][] x, double[][] t, double[][] validX, double[][] validT, double eta,
                                int iterationsPerBlock) {
        MarslandChecks.training(x, t, nIn, nOut, eta, iterationsPerBlock, 1);
        MarslandChecks.data("validX", validX, "validT", validT, nIn, nOut);
        // BEGIN SOLUTION: E3 Marsland network: early stopping on the validation error
        EarlyStopping rule = EarlyStopping.marsland();
        double old1 = 100002;
        double old2 = 100001;
        double current = 100000;
        for (int blocks = 0; blocks < rule.maxBlocks()
                && (old1 - current > rule.tolerance() || old2 - old1 > rule.tolerance()); blocks++) {
            train(x, t, eta, iterationsPerBlock);
            old2 = old1;
            old1 = current;
            current = error(validX, validT);
        }
        return current;
        // END SOLUTION
    }

    /**
     * C[predicted][actual]: K = 1 gives the 2 x 2 matrix of the classes y &gt; 0.5 and t &gt; 0.5; K &gt; 1 the K x K
     * matrix of row argmaxes (the first maximum on ties).
     *
     * @throws IllegalArgumentException for bad shapes or non-finite data
     * @throws IllegalStateException    if the network outputs NaN (diverged weights)
     */
    @Override
    public int[][] confusionMatrix(double[][] x, double[][] t) {
        MarslandChecks.data("x", x, "t", t, nIn, nOut);
        // BEGIN SOLUTION: E3 Marsland network: confusion matrix (threshold 0.5 for one output, argmax otherwise)
        double[][] y = forward(x);
        int classes = nOut == 1 ? 2 : nOut;
        int[][] c = new int[classes][classes];
        for (int i = 0; i < y.length; i++) {
            if (Arrays.stream(y[i]).anyMatch(Double::isNaN)) {
                throw new IllegalStateException("network output for row " + i + " is NaN (diverged weights?)");
            }
            if (nOut == 1) {
                c[y[i][0] > 0.5 ? 1 : 0][t[i][0] > 0.5 ? 1 : 0]++;
            } else {
                c[argmax(y[i])][argmax(t[i])]++;
            }
        }
        return c;
        // END SOLUTION
    }

    // BEGIN REMOVE
    /** h_b and y for inputs x_b that already carry the bias column. */
    private Pass pass(double[][] xb) {
        double[][] hb = appendColumn(sigmoid(multiply(xb, w1)), -1);
        double[][] a = multiply(hb, w2);
        double[][] y = switch (output) {
            case IDENTITY -> a;
            case LOGISTIC -> sigmoid(a);
            case SOFTMAX -> softmax(a);
        };
        return new Pass(hb, y);
    }

    /** 1 / (1 + exp(-beta z)) element-wise, as a new array (0 or 1, never NaN, for large |z|). */
    private double[][] sigmoid(double[][] z) {
        double[][] out = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            out[i] = Arrays.stream(z[i]).map(v -> 1.0 / (1.0 + Math.exp(-beta * v))).toArray();
        }
        return out;
    }

    private static double[][] softmax(double[][] a) {
        double[][] y = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            double max = a[i][argmax(a[i])];
            double[] e = Arrays.stream(a[i]).map(v -> Math.exp(v - max)).toArray();
            double sum = Arrays.stream(e).sum();
            y[i] = Arrays.stream(e).map(v -> v / sum).toArray();
        }
        return y;
    }

    /** update = eta in^T delta + momentum update, then w -= update (w and update are modified). */
    private void momentumStep(double[][] w, double[][] update, double[][] in, double[][] delta, double eta) {
        for (int r = 0; r < w.length; r++) {
            for (int c = 0; c < w[r].length; c++) {
                double g = 0;
                for (int i = 0; i < in.length; i++) {
                    g += in[i][r] * delta[i][c];
                }
                update[r][c] = eta * g + momentum * update[r][c];
                w[r][c] -= update[r][c];
            }
        }
    }

    private static double halfSquaredError(double[][] y, double[][] t) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            for (int k = 0; k < y[i].length; k++) {
                s += (y[i][k] - t[i][k]) * (y[i][k] - t[i][k]) / 2;
            }
        }
        return s;
    }

    /** rows x cols entries (u - 0.5) * 2 / sqrtFanIn, drawn row by row. */
    private static double[][] uniform(int rows, int cols, double sqrtFanIn, RandomGenerator rng) {
        double[][] w = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                w[r][c] = (rng.nextDouble() - 0.5) * 2 / sqrtFanIn;
            }
        }
        return w;
    }

    /** Index of the first maximum. */
    private static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }
    // END REMOVE
}
