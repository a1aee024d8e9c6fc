package dlecon.solution.e6;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzFunction;
import dlecon.api.e6.GenzParameters;
import dlecon.testing.Close;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For d = 1 and 2, each closed-form integral equals a composite Gauss-Legendre quadrature whose panels break at
 * w_k (where f5 has a kink and f6 a jump), for the spec's parameters, random normalised ones, and nearly-zero or
 * large c.
 */
class IntegralQuadratureTest {

    /** The brief's bar; the quadrature itself is accurate to about 1e-14 for these smooth pieces. */
    private static final double QUAD_TOL = 1e-10;
    private static final int PANELS_PER_PIECE = 12;

    private final GenzSolution genz = new GenzSolution();

    private static List<GenzParameters> cases(int d) {
        List<GenzParameters> list = new ArrayList<>();
        if (d == 2) {
            list.add(new GenzParameters(new double[] {1.15261658, 2.55983758}, new double[] {0.46304554, 0.63407911}));
            list.add(new GenzParameters(new double[] {1e-6, 3}, new double[] {0.3, 0.9}));
            list.add(new GenzParameters(new double[] {0, 0.4}, new double[] {0, 1}));
        } else {
            list.add(new GenzParameters(new double[] {1e-6}, new double[] {0.7}));
            list.add(new GenzParameters(new double[] {0}, new double[] {0.4}));
            list.add(new GenzParameters(new double[] {9}, new double[] {0.05}));
        }
        SplittableRandom rng = new SplittableRandom(2005 + d);
        for (int k = 0; k < 4; k++) {
            double[] c = new double[d];
            double[] w = new double[d];
            for (int i = 0; i < d; i++) {
                c[i] = rng.nextDouble(0.01, 8);
                w[i] = rng.nextDouble();
            }
            list.add(new GenzParameters(c, w));
        }
        return list;
    }

    @Test
    void oneDimensional() {
        for (GenzFamily family : GenzFamily.values()) {
            for (GenzParameters p : cases(1)) {
                GenzFunction f = genz.create(family, p);
                Quadrature.Rule r = Quadrature.rule(p.w(0), PANELS_PER_PIECE);
                double q = 0;
                for (int i = 0; i < r.x().length; i++) {
                    q += r.weight()[i] * f.value(new double[] {r.x()[i]});
                }
                Close.assertAbsolute(family + " d = 1 " + p, f.integral(), q, QUAD_TOL * Math.max(1, Math.abs(q)));
            }
        }
    }

    @Test
    void twoDimensional() {
        for (GenzFamily family : GenzFamily.values()) {
            for (GenzParameters p : cases(2)) {
                GenzFunction f = genz.create(family, p);
                Quadrature.Rule r0 = Quadrature.rule(p.w(0), PANELS_PER_PIECE);
                Quadrature.Rule r1 = Quadrature.rule(p.w(1), PANELS_PER_PIECE);
                double q = 0;
                double[] x = new double[2];
                for (int i = 0; i < r0.x().length; i++) {
                    x[0] = r0.x()[i];
                    double inner = 0;
                    for (int k = 0; k < r1.x().length; k++) {
                        x[1] = r1.x()[k];
                        inner += r1.weight()[k] * f.value(x);
                    }
                    q += r0.weight()[i] * inner;
                }
                Close.assertAbsolute(family + " d = 2 " + p, f.integral(), q, QUAD_TOL * Math.max(1, Math.abs(q)));
            }
        }
    }
}
