package dlecon.solution.e4;

import static dlecon.testing.Close.assertAbsolute;
import static dlecon.testing.Close.assertRelative;

import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Optimizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The course's optimizer table (course-spec section 4): iterates of f = 1/2 (x^2 + 4 y^2) from (1, 1) at
 * t = 1, 2, 3, 100, and Adam on Rosenbrock. Every entry the table gives is asserted; entries the table leaves
 * empty are not. Entries that the table gives only to a few digits (or as "~0") are checked to half a unit of
 * their last printed digit, and against a closed form where one exists.
 */
class OptimizerTableTest {

    /** t &lt;= 3: the table prints 15 significant digits and only a few roundings happened (course-spec section 8). */
    private static final double EARLY = 1e-12;
    /** t = 100 and Rosenbrock t = 5000: rounding accumulated over many steps (course-spec section 8). */
    private static final double LATE = 1e-8;

    private final OptimizerFactory factory = new OptimizerSolution();

    /** The iterates (x, y) after each of the steps 1 .. maxT, row t - 1. */
    private double[][] iterates(OptimizerConfig config, int maxT) {
        Optimizer optimizer = factory.create(config);
        ArrayParameter xy = ArrayParameter.of("xy", 1.0, 1.0);
        SeparableQuadratic f = SeparableQuadratic.course(xy);
        double[][] out = new double[maxT][];
        for (int t = 0; t < maxT; t++) {
            optimizer.step(List.of(xy), f);
            out[t] = xy.values().clone();
        }
        return out;
    }

    private static void assertIterate(String what, double[][] path, int t, double x, double y, double tol) {
        assertRelative(what + " x at t=" + t, path[t - 1][0], x, tol);
        assertRelative(what + " y at t=" + t, path[t - 1][1], y, tol);
    }

    /** |actual - printed| &lt;= half a unit of the printed number's last digit (given as that unit). */
    private static void assertPrinted(String what, double actual, double printed, double lastDigitUnit) {
        assertAbsolute(what, actual, printed, lastDigitUnit / 2);
    }

    @Test
    void sgd() {
        double[][] p = iterates(new OptimizerConfig.Sgd(0.1), 100);
        assertIterate("SGD", p, 1, 0.9, 0.6, EARLY);
        assertIterate("SGD", p, 2, 0.81, 0.36, EARLY);
        assertIterate("SGD", p, 3, 0.729, 0.216, EARLY);
        assertRelative("SGD x at t=100", p[99][0], 2.65613988875875e-5, LATE);
        // The table prints y_100 as 6.533e-23 (4 digits): check those digits, and the closed form
        // y_t = (1 - 4 eta)^t = 0.6^t, which pins all digits (each step rounds once, so 100 steps stay far
        // inside LATE).
        assertPrinted("SGD y at t=100", p[99][1], 6.533e-23, 0.001e-23);
        assertRelative("SGD y at t=100 (closed form 0.6^100)", p[99][1], Math.pow(0.6, 100), LATE);
    }

    @Test
    void momentum() {
        double[][] p = iterates(new OptimizerConfig.Momentum(0.1, 0.9), 100);
        assertIterate("Momentum", p, 1, 0.9, 0.6, EARLY);
        assertRelative("Momentum x at t=2", p[1][0], 0.72, EARLY);
        // "~0": exactly 0 in real arithmetic (v_2 = 0.9 * 0.4 + 0.1 * 2.4 = 0.6 = y_1), so y_2 is the cancellation
        // 0.6 - 0.6 of two rounded numbers: a few ulps of 0.6 (ulp = 1.1e-16) at most.
        assertAbsolute("Momentum y at t=2", p[1][1], 0.0, 1e-15);
        assertIterate("Momentum", p, 3, 0.486, -0.54, EARLY);
        assertIterate("Momentum", p, 100, 3.73873331129741e-3, -5.23193196673642e-3, LATE);
    }

    @Test
    void nesterov() {
        double[][] p = iterates(new OptimizerConfig.Nesterov(0.1, 0.9), 100);
        assertIterate("Nesterov", p, 1, 0.9, 0.6, EARLY);
        assertIterate("Nesterov", p, 2, 0.729, 0.144, EARLY);
        assertIterate("Nesterov", p, 3, 0.51759, -0.15984, EARLY);
        assertRelative("Nesterov x at t=100", p[99][0], 2.6458714815001e-5, LATE);
        // Printed with 3 digits as 2.67e-14 (the value decays through sign changes, so no short closed form).
        assertPrinted("Nesterov y at t=100", p[99][1], 2.67e-14, 0.01e-14);
    }

    @Test
    void adaGrad() {
        double[][] p = iterates(new OptimizerConfig.AdaGrad(0.5, 1e-8), 100);
        assertIterate("AdaGrad", p, 1, 0.5000000025, 0.50000000015625, EARLY);
        assertIterate("AdaGrad", p, 2, 0.276393204750021, 0.276393202406271, EARLY);
        // Printed as "~4.317e-25 both": 4 digits, each coordinate.
        assertPrinted("AdaGrad x at t=100", p[99][0], 4.317e-25, 0.001e-25);
        assertPrinted("AdaGrad y at t=100", p[99][1], 4.317e-25, 0.001e-25);
    }

    @Test
    void rmsProp() {
        double[][] p = iterates(new OptimizerConfig.RmsProp(0.01, 0.9, 1e-8), 100);
        assertIterate("RMSProp", p, 1, 0.968377224979455, 0.968377223497137, EARLY);
        assertIterate("RMSProp", p, 100, 0.0875865375414835, 0.0875865205932749, LATE);
    }

    @Test
    void adam() {
        double[][] p = iterates(OptimizerConfig.Adam.withEta(0.1), 100);
        assertIterate("Adam", p, 1, 0.900000001, 0.90000000025, EARLY);
        assertIterate("Adam", p, 2, 0.800412229712338, 0.80041222818152, EARLY);
        assertIterate("Adam", p, 3, 0.701586274504415, 0.701586272166838, EARLY);
        assertIterate("Adam", p, 100, 0.00293667500329172, 0.00293667602000795, LATE);
    }

    @Test
    void annealedSgd() {
        double[][] p = iterates(new OptimizerConfig.AnnealedSgd(0.1, 0.01), 100);
        assertIterate("Annealing", p, 1, 0.9, 0.6, EARLY);
        assertIterate("Annealing", p, 2, 0.810891089108911, 0.362376237623762, EARLY);
        assertRelative("Annealing x at t=100", p[99][0], 7.30445743627438e-4, LATE);
        // Printed with 2 digits as 5.0e-15.
        assertPrinted("Annealing y at t=100", p[99][1], 5.0e-15, 0.1e-15);
    }

    @Test
    void adamOnRosenbrock() {
        Optimizer adam = factory.create(OptimizerConfig.Adam.withEta(0.01));
        ArrayParameter xy = ArrayParameter.of("xy", -1.5, 2.0);
        double[] v = xy.values();
        double[] g = xy.gradients();
        for (int t = 1; t <= 5000; t++) {
            adam.step(List.of(xy), () -> {
                double x = v[0];
                double y = v[1];
                g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
                g[1] = 200 * (y - x * x);
                return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
            });
            if (t == 1) {
                assertRelative("Rosenbrock x at t=1", v[0], -1.49000000000065, EARLY);
                assertRelative("Rosenbrock y at t=1", v[1], 2.009999999998, EARLY);
            }
        }
        assertRelative("Rosenbrock x at t=5000", v[0], 0.999999995905749, LATE);
        assertRelative("Rosenbrock y at t=5000", v[1], 0.999999991799526, LATE);
    }
}
