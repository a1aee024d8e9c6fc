package dlecon.graders.e1;

import dlecon.api.e1.LinearFit;
import dlecon.grading.api.Expect;
import java.util.Arrays;
import java.util.List;

/**
 * Regression runs whose second update leaves one parameter infinite and the other finite, so a run that ends at the
 * first non-finite update (as the API says) returns exactly that fit after 2 steps, and a run that goes on, checks
 * only one parameter or swaps them returns something else. With powers of two every value is exact in any summation
 * order: rounding only drops terms far below half an ulp.
 *
 * @param what   the case, for messages
 * @param x      the inputs (one point, or the same point twice)
 * @param y      the targets
 * @param theta0 the start's intercept
 * @param theta1 the start's slope
 * @param eta    the step size
 * @param finite which parameter stays finite: 0 for theta0, 1 for theta1
 * @param value  the finite parameter's value after the second update
 */
record Diverging(String what, double[] x, double[] y, double theta0, double theta1, double eta, int finite,
                 double value) {

    /** Steps of the run: the second update is the first non-finite one. */
    static final long STEPS = 2;

    /**
     * The two cases, each with its points {@code copies} times (1 or 2: identical points give the same mean).
     * <ul>
     *   <li>x = 0, y = 0 from (1, 5) with eta = 2^600: theta0 = 1 - 2^600 = -2^600, then -2^600 + 2^1200 = +inf,
     *   while the slope's gradient (h - y) x is 0, so theta1 stays 5.</li>
     *   <li>x = 2^100, y = 1 from (0, 0) with eta = 2^400: theta = (2^400, 2^500), then h - y = 2^600 (2^400 and 1
     *   are below half an ulp), theta0 = 2^400 - 2^1000 = -2^1000 and theta1 = 2^500 - 2^1100 = -inf.</li>
     * </ul>
     */
    static List<Diverging> cases(int copies) {
        double[] zero = new double[copies];
        double[] big = new double[copies];
        double[] one = new double[copies];
        Arrays.fill(big, Math.scalb(1.0, 100));
        Arrays.fill(one, 1);
        return List.of(
                new Diverging(copies + " x point (0, 0) from (1, 5), eta = 2^600", zero, zero.clone(), 1, 5,
                        Math.scalb(1.0, 600), 1, 5),
                new Diverging(copies + " x point (2^100, 1) from (0, 0), eta = 2^400", big, one, 0, 0,
                        Math.scalb(1.0, 400), 0, -Math.scalb(1.0, 1000)));
    }

    /** Fails unless {@code fit} is the fit right after the second, first non-finite, update. */
    void expect(String method, LinearFit fit) {
        String name = method + ", " + what;
        Expect.that(name + ": steps (the run ends at the first non-finite update)", fit.steps() == STEPS,
                Long.toString(STEPS), Long.toString(fit.steps()));
        double kept = finite == 0 ? fit.theta0() : fit.theta1();
        double lost = finite == 0 ? fit.theta1() : fit.theta0();
        Expect.exactly(name + ": theta" + finite + " (still finite)", kept, value);
        Expect.that(name + ": theta" + (1 - finite) + " (the first non-finite value)", !Double.isFinite(lost),
                "NaN or an infinity", Double.toString(lost));
    }
}
