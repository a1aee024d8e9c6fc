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
        throw new UnsupportedOperationException("TODO E3 network forward: apply the layers in order");
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        throw new UnsupportedOperationException("TODO E3 network backward: the layers' backward passes in reverse order");
    }

    @Override
    public double lossAndGradients(double[][] x, double[][] t, Loss loss, boolean training) {
        Objects.requireNonNull(loss, "loss");
        throw new UnsupportedOperationException("TODO E3 one gradient evaluation: zero gradients, forward, loss, back-propagate dE/dy");
    }

}
