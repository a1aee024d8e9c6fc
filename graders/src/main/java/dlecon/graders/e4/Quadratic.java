package dlecon.graders.e4;

import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Objective;
import dlecon.api.nn.Optimizer;
import java.util.List;

/** The separable quadratic E = 1/2 sum_i a_i theta_i^2, gradient a_i theta_i, on one parameter. */
final class Quadratic {

    private Quadratic() {
    }

    /** The course's table function f = 1/2 (x^2 + 4 y^2) has curvatures (1, 4). */
    static final double[] TABLE = {1, 4};

    /** The objective of {@code curvature} on {@code p}: overwrites the gradients and returns E. */
    static Objective objective(ArrayParameter p, double[] curvature) {
        return () -> {
            double e = 0;
            double[] v = p.values();
            for (int i = 0; i < v.length; i++) {
                p.gradients()[i] = curvature[i] * v[i];
                e += 0.5 * curvature[i] * v[i] * v[i];
            }
            return e;
        };
    }

    /** Runs {@code steps} steps from {@code start} and returns the iterates, element t - 1 being theta_t. */
    static double[][] iterates(Optimizer opt, double[] start, double[] curvature, int steps) {
        ArrayParameter p = ArrayParameter.of("theta", start.clone());
        Objective f = objective(p, curvature);
        double[][] out = new double[steps][];
        for (int t = 0; t < steps; t++) {
            opt.step(List.of(p), f);
            out[t] = p.values().clone();
        }
        return out;
    }
}
