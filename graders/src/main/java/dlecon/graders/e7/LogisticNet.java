package dlecon.graders.e7;

import dlecon.api.e3.Loss;
import dlecon.api.e3.Network;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made policy network for the loss graders, independent of any submission's E3: s = logistic(x W + b) row by
 * row, W (n_in x n_out) and b (1 x n_out) its parameters in this order. Backward: with d = g s (1 - s),
 * dE/dW += x^T d, dE/db += column sums of d, dE/dx = d W^T. It refuses (IllegalStateException, so that it is never
 * taken for an argument check) rows of another width than n_in and a backward pass without a forward pass or whose
 * gradient does not have the shape of the last output, and records every forward pass made in inference mode, so
 * that a grader can tell a loss that evaluates the policy with {@code training = false}.
 */
final class LogisticNet implements Network {

    private final int in;
    private final int out;
    private final ArrayParameter weights;
    private final ArrayParameter bias;
    private final List<String> misuse = new ArrayList<>();
    private double[][] lastInput;
    private double[][] lastOutput;

    /**
     * @param in     inputs per row
     * @param out    outputs per row
     * @param values W row by row, then b (length (in + 1) out), copied
     */
    LogisticNet(int in, int out, double... values) {
        if (values.length != (in + 1) * out) {
            throw new IllegalArgumentException("need " + (in + 1) * out + " values, got " + values.length);
        }
        this.in = in;
        this.out = out;
        this.weights = new ArrayParameter("W", in, out, java.util.Arrays.copyOf(values, in * out),
                new double[in * out]);
        this.bias = new ArrayParameter("b", 1, out, java.util.Arrays.copyOfRange(values, in * out, values.length),
                new double[out]);
    }

    /** A network with W and b drawn from U(-scale, scale). */
    static LogisticNet random(int in, int out, double scale, java.util.SplittableRandom rng) {
        double[] v = new double[(in + 1) * out];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble(-scale, scale);
        }
        return new LogisticNet(in, out, v);
    }

    /** The outputs for one input row at the current values, without touching any cache. */
    double[] value(double... x) {
        double[] s = new double[out];
        double[] w = weights.values();
        for (int j = 0; j < out; j++) {
            double a = bias.values()[j];
            for (int i = 0; i < in; i++) {
                a += x[i] * w[i * out + j];
            }
            s[j] = 1 / (1 + Math.exp(-a));
        }
        return s;
    }

    /** Forward passes in inference mode and backward passes that did not fit, in order ("" when none). */
    String misuse() {
        return String.join("; ", misuse);
    }

    /** Sets every gradient entry to {@code v}, as stale gradients left from an earlier evaluation. */
    void fillGradients(double v) {
        java.util.Arrays.fill(weights.gradients(), v);
        java.util.Arrays.fill(bias.gradients(), v);
    }

    /** All values, W then b. */
    double[] values() {
        double[] v = java.util.Arrays.copyOf(weights.values(), (in + 1) * out);
        System.arraycopy(bias.values(), 0, v, in * out, out);
        return v;
    }

    @Override
    public String name() {
        return "logistic(x W + b)";
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    @Override
    public double[][] forward(double[][] input, boolean training) {
        if (!training) {
            misuse.add("forward pass in inference mode (training = false) on " + input.length + " rows");
        }
        double[][] y = new double[input.length][];
        for (int r = 0; r < input.length; r++) {
            if (input[r].length != in) {
                throw new IllegalStateException("the policy takes rows of " + in + " inputs, row " + r + " has "
                        + input[r].length);
            }
            y[r] = value(input[r]);
        }
        lastInput = dlecon.api.linalg.Matrices.copy(input);
        lastOutput = dlecon.api.linalg.Matrices.copy(y);
        return y;
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        if (lastInput == null) {
            throw new IllegalStateException("backward before any forward pass");
        }
        if (gradOutput.length != lastOutput.length) {
            misuse.add("backward with " + gradOutput.length + " rows after a forward pass on " + lastOutput.length);
            throw new IllegalStateException(misuse.get(misuse.size() - 1));
        }
        double[][] dx = new double[gradOutput.length][in];
        double[] w = weights.values();
        for (int r = 0; r < gradOutput.length; r++) {
            if (gradOutput[r].length != out) {
                throw new IllegalStateException("dE/dY row " + r + " has " + gradOutput[r].length + " entries, the "
                        + "policy has " + out + " outputs");
            }
            for (int j = 0; j < out; j++) {
                double s = lastOutput[r][j];
                double d = gradOutput[r][j] * s * (1 - s);
                bias.gradients()[j] += d;
                for (int i = 0; i < in; i++) {
                    weights.gradients()[i * out + j] += lastInput[r][i] * d;
                    dx[r][i] += d * w[i * out + j];
                }
            }
        }
        return dx;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weights, bias);
    }

    @Override
    public List<Layer> layers() {
        return List.of(this);
    }

    @Override
    public double lossAndGradients(double[][] x, double[][] t, Loss loss, boolean training) {
        zeroGradients();
        double[][] y = forward(x, training);
        double e = loss.value(y, t);
        backward(loss.gradient(y, t));
        return e;
    }
}
