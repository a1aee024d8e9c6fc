package dlecon.graders.e4;

import dlecon.api.e4.OptimizerConfig;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random separable objective on three parameters of different shapes (1 x 1, 2 x 3 and 3 x 1, in random order)
 * whose entries each have a gradient of one kind, g_i = a_i theta_i + b_i(call):
 * <ul>
 *   <li>{@link Kind#NORMAL}: a_i in [0.2, 2], b_i ~ N(0, 1) redrawn every step, theta_i(0) ~ N(0, 1);</li>
 *   <li>{@link Kind#ZERO}: g_i = 0 exactly on every step (a dead unit), theta_i(0) ~ N(0, 1);</li>
 *   <li>{@link Kind#TINY}: g_i = +-[0.5, 1.5] 1e-100 with a random sign per step, theta_i(0) = 0;</li>
 *   <li>{@link Kind#HUGE}: g_i = +-[0.5, 1.5] 1e100 with a random sign per step, theta_i(0) = 0.</li>
 * </ul>
 * Every kind occurs at least once. The objective's k-th call (k = 0 on the first step) uses the offsets of step
 * k + 1, so an implementation that calls it more than once per step sees other gradients than the oracle.
 */
final class RandomProblem {

    /** The kinds of gradient an entry has. */
    enum Kind { NORMAL, ZERO, TINY, HUGE }

    /** Shapes {rows, cols} of the three parameters before shuffling. */
    private static final int[][] SHAPES = {{1, 1}, {2, 3}, {3, 1}};
    /** Magnitude of tiny and huge gradients: their squares (1e-200, 1e200) stay normal doubles. */
    private static final double EXTREME = 1e100;

    private final int[][] shapes;
    private final Kind[] kinds;
    private final double[] start;
    private final double[] curvature;
    private final double[][] offsets;

    private RandomProblem(int[][] shapes, Kind[] kinds, double[] start, double[] curvature, double[][] offsets) {
        this.shapes = shapes;
        this.kinds = kinds;
        this.start = start;
        this.curvature = curvature;
        this.offsets = offsets;
    }

    /** A problem for {@code steps} steps drawn from {@code rng}. */
    static RandomProblem draw(SplittableRandom rng, int steps) {
        int[][] shapes = SHAPES.clone();
        for (int i = shapes.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int[] s = shapes[i];
            shapes[i] = shapes[j];
            shapes[j] = s;
        }
        int n = 0;
        for (int[] s : shapes) {
            n += s[0] * s[1];
        }
        Kind[] kinds = new Kind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = rng.nextDouble() < 0.5 ? Kind.NORMAL : Kind.values()[rng.nextInt(Kind.values().length)];
        }
        int[] places = new int[n];
        for (int i = 0; i < n; i++) {
            places[i] = i;
        }
        for (int k = 0; k < Kind.values().length; k++) { // every kind at least once, at distinct random places
            int j = k + rng.nextInt(n - k);
            int at = places[j];
            places[j] = places[k];
            places[k] = at;
            kinds[at] = Kind.values()[k];
        }
        double[] start = new double[n];
        double[] curvature = new double[n];
        double[][] offsets = new double[steps][n];
        for (int i = 0; i < n; i++) {
            boolean extreme = kinds[i] == Kind.TINY || kinds[i] == Kind.HUGE;
            start[i] = extreme ? 0 : rng.nextGaussian();
            curvature[i] = kinds[i] == Kind.NORMAL ? 0.2 + 1.8 * rng.nextDouble() : 0;
            for (int t = 0; t < steps; t++) {
                double sign = rng.nextBoolean() ? 1 : -1;
                offsets[t][i] = switch (kinds[i]) {
                    case NORMAL -> rng.nextGaussian();
                    case ZERO -> 0;
                    case TINY -> sign * (0.5 + rng.nextDouble()) / EXTREME;
                    case HUGE -> sign * (0.5 + rng.nextDouble()) * EXTREME;
                };
            }
        }
        return new RandomProblem(shapes, kinds, start, curvature, offsets);
    }

    /** Number of steps the offsets cover. */
    int steps() {
        return offsets.length;
    }

    /** Fresh parameters holding the start values, named p0, p1, p2. */
    List<ArrayParameter> parameters() {
        List<ArrayParameter> out = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < shapes.length; k++) {
            int size = shapes[k][0] * shapes[k][1];
            double[] v = new double[size];
            System.arraycopy(start, at, v, 0, size);
            out.add(new ArrayParameter("p" + k, shapes[k][0], shapes[k][1], v, new double[size]));
            at += size;
        }
        return out;
    }

    /** The entries of all parameters' values laid end to end. */
    static double[] flat(List<ArrayParameter> parameters) {
        int n = parameters.stream().mapToInt(ArrayParameter::size).sum();
        double[] out = new double[n];
        int at = 0;
        for (ArrayParameter p : parameters) {
            System.arraycopy(p.values(), 0, out, at, p.size());
            at += p.size();
        }
        return out;
    }

    /** The gradient on the {@code call}-th evaluation at {@code theta} (all entries end to end). */
    double[] gradient(double[] theta, int call) {
        double[] g = new double[theta.length];
        double[] b = offsets[Math.min(call, offsets.length - 1)];
        for (int i = 0; i < g.length; i++) {
            g[i] = curvature[i] * theta[i] + b[i];
        }
        return g;
    }

    /**
     * The objective on {@code parameters}: overwrites their gradients with {@link #gradient} at their current values,
     * appends those values to {@code seen} and returns 0.5 + the call's number.
     */
    Objective objective(List<ArrayParameter> parameters, List<double[]> seen) {
        return () -> {
            int call = seen.size();
            double[] theta = flat(parameters);
            seen.add(theta);
            double[] g = gradient(theta, call);
            int at = 0;
            for (ArrayParameter p : parameters) {
                System.arraycopy(g, at, p.gradients(), 0, p.size());
                at += p.size();
            }
            return call + 0.5;
        };
    }

    /** The oracle's trajectory of {@code config} on this problem. */
    Formulas.Trajectory oracle(OptimizerConfig config) {
        return Formulas.run(config, start, this::gradient, steps());
    }

    /** "parameter k (r x c) entry j (kind)" for entry i of the flat layout. */
    String describe(int i) {
        int at = 0;
        for (int k = 0; k < shapes.length; k++) {
            int size = shapes[k][0] * shapes[k][1];
            if (i < at + size) {
                return "parameter p" + k + " (" + shapes[k][0] + " x " + shapes[k][1] + ") entry " + (i - at) + " ("
                        + kinds[i].name().toLowerCase() + " gradient)";
            }
            at += size;
        }
        throw new IllegalArgumentException("no entry " + i);
    }
}
