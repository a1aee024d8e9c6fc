package dlecon.graders.e7;

import dlecon.api.e3.Loss;
import dlecon.api.e3.Network;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.List;

/**
 * A hand-made policy network for the loss graders, independent of any submission's E3: s(K) = 1 / (1 + e^-(a K + b))
 * on N x 1 inputs, with the parameters a and b. Backward: dE/da += sum g s (1 - s) K, dE/db += sum g s (1 - s),
 * dE/dK = g s (1 - s) a.
 */
final class LogisticPolicy implements Network {

    private final ArrayParameter a;
    private final ArrayParameter b;
    private double[][] lastInput;
    private double[][] lastOutput;

    LogisticPolicy(double a, double b) {
        this.a = ArrayParameter.of("a", a);
        this.b = ArrayParameter.of("b", b);
    }

    /** s(K) for one capital. */
    double value(double k) {
        return 1 / (1 + Math.exp(-(a.values()[0] * k + b.values()[0])));
    }

    @Override
    public String name() {
        return "logistic(aK + b)";
    }

    @Override
    public int inputSize() {
        return 1;
    }

    @Override
    public int outputSize() {
        return 1;
    }

    @Override
    public double[][] forward(double[][] input, boolean training) {
        double[][] y = new double[input.length][1];
        for (int i = 0; i < input.length; i++) {
            if (input[i].length != 1) {
                throw new IllegalArgumentException("the policy takes N x 1 inputs, row " + i + " has "
                        + input[i].length);
            }
            y[i][0] = value(input[i][0]);
        }
        lastInput = dlecon.api.linalg.Matrices.copy(input);
        lastOutput = dlecon.api.linalg.Matrices.copy(y);
        return y;
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        if (lastInput == null) {
            throw new IllegalStateException("backward before forward");
        }
        double[][] dx = new double[gradOutput.length][1];
        for (int i = 0; i < gradOutput.length; i++) {
            double s = lastOutput[i][0];
            double dz = gradOutput[i][0] * s * (1 - s);
            a.gradients()[0] += dz * lastInput[i][0];
            b.gradients()[0] += dz;
            dx[i][0] = dz * a.values()[0];
        }
        return dx;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(a, b);
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
