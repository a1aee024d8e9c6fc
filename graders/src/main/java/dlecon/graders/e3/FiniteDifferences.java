package dlecon.graders.e3;

import dlecon.api.e3.Loss;
import dlecon.api.e3.Network;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GradingFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Back-propagated gradients against the five-point central difference
 * (E(v - 2h) - 8 E(v - h) + 8 E(v + h) - E(v + 2h)) / (12 h): truncation about h^4 E^(5) / 30 (1e-18 here),
 * rounding about 1.5 eps |E| / h (a few 1e-12). Every parameter entry (through {@link Network#lossAndGradients})
 * and every input entry (dE/dX through forward, {@link Loss#gradient} and {@link Network#backward}) is checked; the
 * gradients hold a stale value before lossAndGradients, which must clear them.
 * An entry is skipped when a perturbed evaluation changes the sign of an input of a ReLU-like layer (the loss has a
 * kink there and a difference across it averages two slopes).
 */
final class FiniteDifferences {

    /** Step h. */
    static final double STEP = 1e-4;
    /** The course's relative bound on the gradient error (course-spec section 8). */
    static final double REL = 1e-6;
    /** Entries that are 0 up to rounding are compared absolutely: 10 times the rounding noise above. */
    static final double ABS = 1e-10;
    /** What every gradient holds before lossAndGradients, which must clear it first. */
    static final double STALE = 1e3;

    private FiniteDifferences() {
    }

    /** Checks every entry; the failure names the layer and the parameter. Restores every value it perturbs. */
    static void check(Network net, double[][] x, double[][] t, Loss loss) {
        check(net, new boolean[net.layers().size()], x, t, loss);
    }

    /**
     * Checks every parameter entry and every input entry of {@code net} at (x, t).
     *
     * @param kinks kinks[l] is true when layer l is a ReLU-like activation (its input signs are watched)
     * @return the number of entries skipped at kinks
     */
    static int check(Network net, boolean[] kinks, double[][] x, double[][] t, Loss loss) {
        List<Layer> layers = net.layers();
        Expect.that("number of layers", layers.size() == kinks.length, Integer.toString(kinks.length),
                Integer.toString(layers.size()));
        for (Parameter p : net.parameters()) {
            Arrays.fill(p.gradients(), STALE);
        }
        net.lossAndGradients(x, t, loss, true);
        List<double[]> analytic = new ArrayList<>();
        for (Parameter p : net.parameters()) {
            analytic.add(p.gradients().clone());
        }
        int expected = 0;
        for (Layer l : layers) {
            expected += l.parameters().size();
        }
        Expect.that("network parameters = its layers' parameters in order", analytic.size() == expected,
                Integer.toString(expected), Integer.toString(analytic.size()));
        int skipped = 0;
        int index = 0;
        for (int l = 0; l < layers.size(); l++) {
            List<Parameter> ps = layers.get(l).parameters();
            for (int q = 0; q < ps.size(); q++) {
                Parameter p = ps.get(q);
                double[] a = analytic.get(index++);
                String label = ps.size() == 2 ? (q == 0 ? "W" : "b") : "parameter " + q;
                for (int i = 0; i < p.size(); i++) {
                    String where = String.format(Locale.ROOT, "dE/d%s[%d,%d] of layer %d (%s)", label,
                            i / p.cols(), i % p.cols(), l, describe(layers.get(l), l));
                    skipped += compare(where, a[i], p.values(), i, net, kinks, x, t, loss) ? 0 : 1;
                }
            }
        }
        double[][] dx = net.backward(loss.gradient(net.forward(x, true), t));
        Expect.that("dE/dX rows", dx != null && dx.length == x.length, Integer.toString(x.length),
                dx == null ? "null" : Integer.toString(dx.length));
        double[][] xs = Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
        for (int r = 0; r < xs.length; r++) {
            for (int k = 0; k < xs[r].length; k++) {
                String where = String.format(Locale.ROOT, "input gradient dE/dX[%d][%d] returned by backward "
                        + "(wrong in the backward pass of some layer)", r, k);
                skipped += compare(where, dx[r][k], xs[r], k, net, kinks, xs, t, loss) ? 0 : 1;
            }
        }
        return skipped;
    }

    private static String describe(Layer layer, int l) {
        return "the " + ordinal(l) + " layer, " + layer.inputSize() + " -> " + layer.outputSize();
    }

    private static String ordinal(int l) {
        return switch (l) {
            case 0 -> "first";
            case 1 -> "second";
            case 2 -> "third";
            default -> (l + 1) + "th";
        };
    }

    /** Compares one entry; false when it was skipped at a kink. */
    private static boolean compare(String where, double analytic, double[] values, int i, Network net,
                                   boolean[] kinks, double[][] x, double[][] t, Loss loss) {
        double saved = values[i];
        List<Boolean> base = new ArrayList<>();
        evaluate(net, kinks, x, t, loss, base);
        double[] e = new double[4];
        double[] offsets = {-2 * STEP, -STEP, STEP, 2 * STEP};
        boolean crossed = false;
        for (int s = 0; s < 4; s++) {
            values[i] = saved + offsets[s];
            List<Boolean> signs = new ArrayList<>();
            e[s] = evaluate(net, kinks, x, t, loss, signs);
            crossed |= !signs.equals(base);
        }
        values[i] = saved;
        if (crossed) {
            return false;
        }
        double numeric = (e[0] - 8 * e[1] + 8 * e[2] - e[3]) / (12 * STEP);
        if (!Expect.isClose(analytic, numeric, REL, ABS)) {
            throw new GradingFailure(where + ": backprop disagrees with finite differences",
                    Double.toString(numeric), Double.toString(analytic), Expect.tolerance(REL, ABS));
        }
        return true;
    }

    /** E at the current values (layer by layer), recording the input signs of the ReLU-like layers. */
    private static double evaluate(Network net, boolean[] kinks, double[][] x, double[][] t, Loss loss,
                                   List<Boolean> signs) {
        double[][] h = x;
        List<Layer> layers = net.layers();
        for (int l = 0; l < layers.size(); l++) {
            if (kinks[l]) {
                for (double[] row : h) {
                    for (double v : row) {
                        signs.add(v > 0);
                    }
                }
            }
            h = layers.get(l).forward(h, true);
        }
        return loss.value(h, t);
    }
}
