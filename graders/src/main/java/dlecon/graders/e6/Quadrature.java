package dlecon.graders.e6;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Composite five-point Gauss-Legendre quadrature (exact for polynomials of degree 9 on every panel), with
 * breakpoints so that kinks and jumps of the integrand fall on panel ends.
 */
final class Quadrature {

    private static final double[] NODES = {-0.9061798459386640, -0.5384693101056831, 0, 0.5384693101056831,
        0.9061798459386640};
    private static final double[] WEIGHTS = {0.2369268850561891, 0.4786286704993665, 0.5688888888888889,
        0.4786286704993665, 0.2369268850561891};

    private Quadrature() {
    }

    /** The nodes and weights of [a, b] cut at {@code breaks} into pieces of {@code panels} panels each. */
    static double[][] rule(double a, double b, double[] breaks, int panels) {
        double[] cuts = new double[breaks.length + 2];
        cuts[0] = a;
        System.arraycopy(breaks, 0, cuts, 1, breaks.length);
        cuts[cuts.length - 1] = b;
        java.util.Arrays.sort(cuts);
        int pieces = cuts.length - 1;
        double[] x = new double[pieces * panels * 5];
        double[] w = new double[x.length];
        int n = 0;
        for (int s = 0; s < pieces; s++) {
            double h = (cuts[s + 1] - cuts[s]) / panels;
            for (int p = 0; p < panels; p++) {
                double mid = cuts[s] + (p + 0.5) * h;
                for (int q = 0; q < 5; q++) {
                    x[n] = mid + 0.5 * h * NODES[q];
                    w[n] = 0.5 * h * WEIGHTS[q];
                    n++;
                }
            }
        }
        return new double[][] {x, w};
    }

    /** int_a^b f (negative when b &lt; a). */
    static double integrate(DoubleUnaryOperator f, double a, double b, int panels) {
        if (b < a) {
            return -integrate(f, b, a, panels);
        }
        double[][] r = rule(a, b, new double[0], panels);
        double sum = 0;
        for (int i = 0; i < r[0].length; i++) {
            sum += r[1][i] * f.applyAsDouble(r[0][i]);
        }
        return sum;
    }

    /** The integral of f over [0,1]^d (d = 1 or 2) with the breakpoints w_i in coordinate i. */
    static double unitCube(ToDoubleFunction<double[]> f, double[] w, int panels) {
        double[][] r1 = rule(0, 1, new double[] {w[0]}, panels);
        if (w.length == 1) {
            double sum = 0;
            for (int i = 0; i < r1[0].length; i++) {
                sum += r1[1][i] * f.applyAsDouble(new double[] {clamp(r1[0][i])});
            }
            return sum;
        }
        double[][] r2 = rule(0, 1, new double[] {w[1]}, panels);
        double sum = 0;
        for (int i = 0; i < r1[0].length; i++) {
            for (int j = 0; j < r2[0].length; j++) {
                sum += r1[1][i] * r2[1][j] * f.applyAsDouble(new double[] {clamp(r1[0][i]), clamp(r2[0][j])});
            }
        }
        return sum;
    }

    /** Guards against a node rounding a hair outside [0, 1]. */
    private static double clamp(double x) {
        return Math.min(1, Math.max(0, x));
    }
}
