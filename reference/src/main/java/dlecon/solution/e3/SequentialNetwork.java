package dlecon.solution.e3;

import dlecon.api.e3.Loss;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Layers applied in order: y = f_L(... f_2(f_1(x))). The parameters are the layers' parameters in layer order.
 * Backward runs the layers in reverse, each turning dE/d(its output) into dE/d(its input).
 *
 * <p>{@link #lossAndGradients} fuses two output/loss pairs whose combined gradient is simpler and more robust
 * than the product of the two Jacobians (the same value where the loss does not clamp y): softmax output with the
 * softmax cross-entropy, dE/da = (y s - t) / N with s the row sum of t (y - t for one-hot targets), and logistic
 * output with the binary cross-entropy, dE/da = (y - t) / (N K). It also skips dE/dX of the first layer that has
 * parameters, which no one needs.
 */
final class SequentialNetwork implements Network {

    private final List<Layer> layers;
    private final List<Parameter> parameters;
    private final int inputSize;
    private final int outputSize;

    /**
     * @param layers at least one layer; consecutive declared widths must agree (the list is copied)
     * @throws IllegalArgumentException for an empty list or mismatched widths
     */
    SequentialNetwork(List<Layer> layers) {
        Objects.requireNonNull(layers, "layers");
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        this.layers = List.copyOf(layers);
        List<Parameter> ps = new ArrayList<>();
        int in = -1;
        int width = -1;
        for (int i = 0; i < this.layers.size(); i++) {
            Layer layer = this.layers.get(i);
            int li = layer.inputSize();
            if (li >= 0 && width >= 0 && li != width) {
                throw new IllegalArgumentException("layer " + i + " (" + layer.name() + ") expects " + li
                        + " inputs but the layers before it produce " + width);
            }
            if (li >= 0 && in < 0 && width < 0) {
                in = li;
            }
            width = layer.outputSize() >= 0 ? layer.outputSize() : (li >= 0 ? li : width);
            ps.addAll(layer.parameters());
        }
        this.parameters = List.copyOf(ps);
        this.inputSize = in;
        this.outputSize = width;
    }

    @Override
    public List<Layer> layers() {
        return layers;
    }

    @Override
    public String name() {
        return "network of " + layers.size() + " layers";
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int outputSize() {
        return outputSize;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public double[][] forward(double[][] x, boolean training) {
        Shapes.requireBatch("network input", x, inputSize);
        // BEGIN SOLUTION: E3 network forward: apply the layers in order
        double[][] h = x;
        for (Layer layer : layers) {
            h = layer.forward(h, training);
        }
        return h;
        // END SOLUTION
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        // BEGIN SOLUTION: E3 network backward: the layers' backward passes in reverse order
        double[][] g = gradOutput;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g);
        }
        return g;
        // END SOLUTION
    }

    @Override
    public double lossAndGradients(double[][] x, double[][] t, Loss loss, boolean training) {
        Objects.requireNonNull(loss, "loss");
        // BEGIN SOLUTION: E3 one gradient evaluation: zero gradients, forward, loss, back-propagate dE/dy
        zeroGradients();
        double[][] y = forward(x, training);
        double e = loss.value(y, t);
        int last = layers.size() - 1;
        double[][] g = fusedOutputGradient(layers.get(last), loss, y, t);
        if (g != null) {
            last--;
        } else {
            g = loss.gradient(y, t);
        }
        int first = firstWithParameters();
        for (int i = last; i > first; i--) {
            g = layers.get(i).backward(g);
        }
        if (first >= 0 && first <= last) {
            Layer layer = layers.get(first);
            if (layer instanceof DenseLayer dense) {
                dense.accumulateParameterGradients(g);
            } else {
                layer.backward(g);
            }
        }
        return e;
        // END SOLUTION
    }

    // BEGIN REMOVE
    /** Index of the first layer with parameters, -1 if none. */
    private int firstWithParameters() {
        for (int i = 0; i < layers.size(); i++) {
            if (!layers.get(i).parameters().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * dE/da for the fused pairs (softmax + softmax cross-entropy, logistic + binary cross-entropy), or null if the
     * last layer and the loss are not such a pair.
     */
    private static double[][] fusedOutputGradient(Layer last, Loss loss, double[][] y, double[][] t) {
        if (!(last instanceof OutputLayer output)) {
            return null;
        }
        int n = y.length;
        int k = y[0].length;
        double[][] g = new double[n][k];
        if (output.kind() == OutputKind.SOFTMAX && loss instanceof SoftmaxCrossEntropy) {
            for (int r = 0; r < n; r++) {
                double s = 0;
                for (int j = 0; j < k; j++) {
                    s += t[r][j];
                }
                for (int j = 0; j < k; j++) {
                    g[r][j] = (y[r][j] * s - t[r][j]) / n;
                }
            }
            return g;
        }
        if (output.kind() == OutputKind.LOGISTIC && loss instanceof BinaryCrossEntropy) {
            double scale = 1.0 / ((double) n * k);
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < k; j++) {
                    g[r][j] = scale * (y[r][j] - t[r][j]);
                }
            }
            return g;
        }
        return null;
    }
    // END REMOVE
}
