package dlecon.graders.e7;

import dlecon.api.nn.Parameter;
import dlecon.grading.api.Expect;
import java.util.function.DoubleSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Checks one call of a submission's loss on a {@link LogisticNet}: the value against the grader's own loss, every
 * gradient entry against its five-point central difference (E(v - 2h) - 8 E(v - h) + 8 E(v + h) - E(v + 2h)) /
 * (12 h), stale gradients cleared, parameter values unchanged and every pass of the policy in training mode.
 */
final class LossCheck {

    /**
     * The loss is a mean of at most a few dozen squared residuals of order 1e-2..1 (the random policies are far from
     * the exact ones), each a few dozen roundings: about 1e-14 relative; 1e-10 leaves a factor of 10^4.
     */
    static final double LOSS_REL = 1e-10;
    /** Step h of the differences: truncation h^4 E^(5) / 30, about 3e-22 for these smooth losses. */
    static final double H = 1e-5;
    /**
     * Rounding of the difference is about 1.5 eps |L| / h = 3.3e-11 |L|; gradient entries of order 1e-3..1 are
     * compared relatively with 1e-6 (the course's bound) ...
     */
    static final double GRADIENT_REL = 1e-6;
    /** ... and entries that are 0 up to rounding absolutely, with 1e-10 |L| (3 times the rounding), at least 1e-10. */
    static final double GRADIENT_ABS = 1e-10;
    /** The stale value written into every gradient entry before the call. */
    private static final double STALE = 123;

    private LossCheck() {
    }

    /**
     * @param what   the case, for messages
     * @param net    the policy the submission's loss is evaluated on
     * @param loss   calls the submission's loss on {@code net}
     * @param oracle the grader's loss of {@code net} at its current values
     */
    static void check(String what, LogisticNet net, DoubleSupplier loss, ToDoubleFunction<LogisticNet> oracle) {
        net.fillGradients(STALE);
        double[] before = net.values();
        double actual = loss.getAsDouble();
        Expect.that(what + ": passes of the policy (every forward pass in training mode, backward after a forward "
                + "pass of the same rows)", net.misuse().isEmpty(), "none", net.misuse());
        Expect.close(what + ": parameter values after the call (not to be modified)", net.values(), before, 0, 0);
        double expected = oracle.applyAsDouble(net);
        Expect.close(what + ": L", actual, expected, LOSS_REL, 0);
        double abs = GRADIENT_ABS * Math.max(1, Math.abs(expected));
        for (Parameter p : net.parameters()) {
            double[] v = p.values();
            for (int i = 0; i < v.length; i++) {
                double keep = v[i];
                double[] e = new double[4];
                double[] offsets = {-2 * H, -H, H, 2 * H};
                for (int j = 0; j < 4; j++) {
                    v[i] = keep + offsets[j];
                    e[j] = oracle.applyAsDouble(net);
                }
                v[i] = keep;
                double difference = (e[0] - 8 * e[1] + 8 * e[2] - e[3]) / (12 * H);
                Expect.close(what + ": dL/d" + p.name() + "[" + i / p.cols() + "," + i % p.cols() + "]",
                        p.gradients()[i], difference, GRADIENT_REL, abs);
            }
        }
    }

    /** The oracle's loss: (1/n) sum_i r_i^2 over the n states, r_i the state's residual. */
    static double meanSquare(int n, IntToDoubleFunction residual) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double r = residual.applyAsDouble(i);
            sum += r * r;
        }
        return sum / n;
    }
}
