package dlecon.graders.e3;

import dlecon.api.e3.Loss;
import dlecon.api.e3.Network;
import dlecon.api.nn.Parameter;
import dlecon.grading.api.Expect;
import java.util.ArrayList;
import java.util.List;

/**
 * Back-propagated parameter gradients against the five-point central difference
 * (E(v - 2h) - 8 E(v - h) + 8 E(v + h) - E(v + 2h)) / (12 h): truncation about h^4 E^(5) / 30 (1e-18 here),
 * rounding about 1.5 eps |E| / h (a few 1e-12).
 */
final class FiniteDifferences {

    /** Step h. */
    static final double STEP = 1e-4;
    /** The course's relative bound on the gradient error (course-spec section 8). */
    static final double REL = 1e-6;
    /** Entries that are 0 up to rounding are compared absolutely: 10 times the rounding noise above. */
    static final double ABS = 1e-10;

    private FiniteDifferences() {
    }

    /** Checks every parameter entry of {@code net} at (x, t); restores every value it perturbs. */
    static void check(Network net, double[][] x, double[][] t, Loss loss) {
        net.lossAndGradients(x, t, loss, true);
        List<Parameter> params = net.parameters();
        Expect.that("network has parameters", !params.isEmpty(), "> 0 parameters", "0");
        List<double[]> analytic = new ArrayList<>();
        for (Parameter p : params) {
            analytic.add(p.gradients().clone());
        }
        for (int q = 0; q < params.size(); q++) {
            Parameter p = params.get(q);
            double[] v = p.values();
            for (int i = 0; i < p.size(); i++) {
                double old = v[i];
                double[] e = new double[4];
                double[] offsets = {-2, -1, 1, 2};
                for (int s = 0; s < 4; s++) {
                    v[i] = old + offsets[s] * STEP;
                    e[s] = net.lossAndGradients(x, t, loss, true);
                }
                v[i] = old;
                double numeric = (e[0] - 8 * e[1] + 8 * e[2] - e[3]) / (12 * STEP);
                Expect.close("dE/d" + p.name() + "[" + i / p.cols() + "," + i % p.cols() + "] (parameter " + q + ")",
                        analytic.get(q)[i], numeric, REL, ABS);
            }
        }
    }
}
