package dlecon.solution.e4;

import dlecon.api.nn.Objective;
import dlecon.api.nn.Parameter;
import java.util.List;

/**
 * Test objective E = sum over parameters p and entries j of 1/2 c_pj theta_pj^2 - d_pj theta_pj, with gradient
 * c_pj theta_pj - d_pj. Every entry is its own one-dimensional problem, which lets tests compare an optimizer run
 * on many parameters with runs on single entries. Counts its evaluations.
 */
final class SeparableQuadratic implements Objective {

    private final List<? extends Parameter> parameters;
    private final double[][] c;
    private final double[][] d;
    private int evaluations;

    SeparableQuadratic(List<? extends Parameter> parameters, double[][] c, double[][] d) {
        this.parameters = parameters;
        this.c = c;
        this.d = d;
    }

    /** The course's f = 1/2 (x^2 + 4 y^2) on one 1 x 2 parameter (x, y). */
    static SeparableQuadratic course(Parameter xy) {
        return new SeparableQuadratic(List.of(xy), new double[][] {{1, 4}}, new double[][] {{0, 0}});
    }

    @Override
    public double evaluate() {
        evaluations++;
        double e = 0;
        for (int p = 0; p < parameters.size(); p++) {
            double[] theta = parameters.get(p).values();
            double[] g = parameters.get(p).gradients();
            for (int j = 0; j < theta.length; j++) {
                e += 0.5 * c[p][j] * theta[j] * theta[j] - d[p][j] * theta[j];
                g[j] = c[p][j] * theta[j] - d[p][j];
            }
        }
        return e;
    }

    int evaluations() {
        return evaluations;
    }
}
