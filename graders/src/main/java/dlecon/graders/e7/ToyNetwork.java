package dlecon.graders.e7;

import dlecon.api.e3.Loss;
import dlecon.api.e3.Network;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The grader's network for the solver graders ({@link ToyMlp#network}): applies its layers in order and writes every
 * forward pass (a copy of its input and the training flag) into a log shared with the factory, so that a grader sees
 * the states a solver trains on.
 */
final class ToyNetwork implements Network {

    /** One forward pass of the network: a copy of its input and the training flag. */
    record Pass(double[][] input, boolean training) {
    }

    private final List<Layer> layers;
    private final List<Pass> log;

    ToyNetwork(List<Layer> layers, List<Pass> log) {
        this.layers = List.copyOf(layers);
        this.log = log;
    }

    /** The outputs at the current values, without writing to the log (the layers' caches change). */
    double[][] evaluate(double[][] x) {
        double[][] y = x;
        for (Layer l : layers) {
            y = l.forward(y, false);
        }
        return y;
    }

    /** Copies of all parameter values, in parameter order. */
    List<double[]> snapshot() {
        List<double[]> out = new ArrayList<>();
        for (Parameter p : parameters()) {
            out.add(p.values().clone());
        }
        return out;
    }

    /** Writes the values of a {@link #snapshot()} back. */
    void restore(List<double[]> values) {
        List<Parameter> ps = parameters();
        for (int i = 0; i < ps.size(); i++) {
            System.arraycopy(values.get(i), 0, ps.get(i).values(), 0, values.get(i).length);
        }
    }

    @Override
    public String name() {
        return "grader network";
    }

    @Override
    public int inputSize() {
        return layers.get(0).inputSize();
    }

    @Override
    public int outputSize() {
        return -1;
    }

    @Override
    public double[][] forward(double[][] input, boolean training) {
        log.add(new Pass(dlecon.api.linalg.Matrices.copy(input), training));
        double[][] y = input;
        for (Layer l : layers) {
            y = l.forward(y, training);
        }
        return y;
    }

    @Override
    public double[][] backward(double[][] gradOutput) {
        double[][] g = gradOutput;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g);
        }
        return g;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (Layer l : layers) {
            out.addAll(l.parameters());
        }
        return out;
    }

    @Override
    public List<Layer> layers() {
        return layers;
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
