package dlecon.solution.e3;

import dlecon.api.e3.Loss;
import dlecon.api.e3.Network;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares back-propagated gradients with finite differences: every parameter entry (through
 * {@link Network#lossAndGradients}) and every input entry (dE/dX through forward, {@link Loss#gradient} and
 * {@link Network#backward}).
 *
 * <p>Numerical derivative: the five-point central difference
 * (E(v - 2h) - 8 E(v - h) + 8 E(v + h) - E(v + 2h)) / (12 h) with h = {@link #STEP}. Its truncation error is
 * h^4 E^(5) / 30 (about 1e-18 here) and its rounding error about 1.5 eps |E| / h (a few 1e-12 for E of order 1).
 *
 * <p>Error measure: |a - n| / max(|a|, |n|, {@link #FLOOR}). Gradients far below the floor are compared
 * absolutely (to {@code FLOOR * tolerance} = 1e-10, still 10 times the rounding noise above), so entries that are
 * zero up to rounding do not produce huge relative errors.
 *
 * <p>Kinks: an entry is skipped (and counted) when any perturbed evaluation changes the sign of an input of a
 * layer whose name contains "relu" (ReLU and leaky ReLU are not differentiable at 0, and a difference across the
 * kink measures the average of two slopes).
 */
final class GradientCheck {

    /** Finite-difference step h. */
    static final double STEP = 1e-4;
    /** Gradients below this size are compared absolutely (see the class comment). */
    static final double FLOOR = 1e-4;
    /** The course's bound on the relative error (course-spec section 8). */
    static final double TOLERANCE = 1e-6;

    private GradientCheck() {
    }

    /** What a check found. */
    record Report(List<String> mismatches, int checked, int skipped, double maxError) {

        boolean passed() {
            return mismatches.isEmpty();
        }

        /** The first few mismatches, one per line. */
        String describe() {
            return String.join("\n", mismatches.subList(0, Math.min(5, mismatches.size())));
        }
    }

    /** Checks all parameter gradients and dE/dX of {@code net} at (x, t); modifies nothing it does not restore. */
    static Report check(Network net, double[][] x, double[][] t, Loss loss) {
        List<String> mismatches = new ArrayList<>();
        int[] counts = new int[2];
        double[] maxError = new double[1];

        net.lossAndGradients(x, t, loss, true);
        List<double[]> analytic = new ArrayList<>();
        for (Parameter p : net.parameters()) {
            analytic.add(p.gradients().clone());
        }
        List<Layer> layers = net.layers();
        int index = 0;
        for (int l = 0; l < layers.size(); l++) {
            for (Parameter p : layers.get(l).parameters()) {
                double[] a = analytic.get(index++);
                for (int i = 0; i < p.size(); i++) {
                    String where = String.format(Locale.ROOT, "layer %d (%s) parameter %s[%d,%d]", l,
                            layers.get(l).name(), p.name(), i / p.cols(), i % p.cols());
                    compare(where, a[i], p.values(), i, net, x, t, loss, mismatches, counts, maxError);
                }
            }
        }

        double[][] dx = net.backward(loss.gradient(net.forward(x, true), t));
        for (int r = 0; r < x.length; r++) {
            for (int k = 0; k < x[r].length; k++) {
                String where = String.format(Locale.ROOT, "input gradient dE/dX[%d][%d]", r, k);
                compare(where, dx[r][k], x[r], k, net, x, t, loss, mismatches, counts, maxError);
            }
        }
        return new Report(mismatches, counts[0], counts[1], maxError[0]);
    }

    /** Relative error with the floor, as in the class comment; infinite if either value is not finite. */
    static double error(double analytic, double numeric) {
        if (!Double.isFinite(analytic) || !Double.isFinite(numeric)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(analytic - numeric) / Math.max(FLOOR, Math.max(Math.abs(analytic), Math.abs(numeric)));
    }

    private static void compare(String where, double analytic, double[] values, int i, Network net, double[][] x,
                                double[][] t, Loss loss, List<String> mismatches, int[] counts, double[] maxError) {
        double saved = values[i];
        List<Boolean> base = new ArrayList<>();
        evaluate(net, x, t, loss, base);
        double[] e = new double[4];
        double[] offsets = {-2 * STEP, -STEP, STEP, 2 * STEP};
        boolean crossed = false;
        for (int s = 0; s < 4; s++) {
            values[i] = saved + offsets[s];
            List<Boolean> signs = new ArrayList<>();
            e[s] = evaluate(net, x, t, loss, signs);
            crossed |= !signs.equals(base);
        }
        values[i] = saved;
        if (crossed) {
            counts[1]++;
            return;
        }
        counts[0]++;
        double numeric = (e[0] - 8 * e[1] + 8 * e[2] - e[3]) / (12 * STEP);
        double err = error(analytic, numeric);
        maxError[0] = Math.max(maxError[0], err);
        if (!(err <= TOLERANCE)) {
            mismatches.add(String.format(Locale.ROOT,
                    "%s: backprop %.10g but finite differences %.10g (relative error %.2e > %.0e)", where, analytic,
                    numeric, err, TOLERANCE));
        }
    }

    /** E at the current values, recording the signs of the inputs of every ReLU-like layer. */
    private static double evaluate(Network net, double[][] x, double[][] t, Loss loss, List<Boolean> signs) {
        double[][] h = x;
        for (Layer layer : net.layers()) {
            if (layer.name().contains("relu")) {
                for (double[] row : h) {
                    for (double v : row) {
                        signs.add(v > 0);
                    }
                }
            }
            h = layer.forward(h, true);
        }
        return loss.value(h, t);
    }
}
