package dlecon.graders.e1;

import dlecon.api.e1.LinearFit;
import dlecon.grading.api.Expect;
import java.util.SplittableRandom;

/**
 * A batch regression whose every value is exact: inputs x = -1 and +1 in equal numbers (so the Hessian of J is the
 * identity and grad J(theta) = theta - theta*), targets on the line theta* = (a, b) plus noise that cancels in pairs,
 * a start theta* + e with e = s (p, q) for a Pythagorean triple p^2 + q^2 = h^2, and eta = 1/2. Then the k-th gradient
 * is g_k = e / 2^k with ||g_k|| = h s / 2^k, and after n updates theta = theta* + e / 2^n. All numbers are short dyadic
 * fractions and m is a power of 2, so every summation order, a mean taken as a sum of quotients, a norm by sqrt or
 * hypot, and a comparison of squares are all exact.
 *
 * @param what  the case, for messages
 * @param a     intercept of theta*
 * @param b     slope of theta*
 * @param e     the start's offset from theta*
 * @param h     the norm of e
 * @param xs    the inputs
 * @param ys    the targets
 */
record ExactLine(String what, double a, double b, double[] e, double h, double[] xs, double[] ys) {

    /** Step size: halves the distance to theta* with every update. */
    static final double ETA = 0.5;
    /** Pythagorean triples (p, q, h). */
    private static final int[][] TRIPLES = {{3, 4, 5}, {5, 12, 13}, {8, 15, 17}, {7, 24, 25}, {20, 21, 29}};

    /** A random case: 4, 8 or 16 points, theta* and the noise multiples of 1/16 and 1/8, s = 2^-2 .. 2^2. */
    static ExactLine random(SplittableRandom rng) {
        int pairs = 1 << rng.nextInt(3);
        double a = rng.nextInt(64) / 16.0 - 2;
        double b = rng.nextInt(64) / 16.0 - 2;
        double[] xs = new double[4 * pairs];
        double[] ys = new double[4 * pairs];
        for (int j = 0; j < pairs; j++) {
            double n = rng.nextInt(16) / 8.0;
            double n2 = rng.nextInt(16) / 8.0;
            double[] px = {-1, -1, 1, 1};
            double[] py = {a - b + n, a - b - n, a + b + n2, a + b - n2};
            for (int i = 0; i < 4; i++) { // interleaved with the other pairs, so no order of the points is special
                xs[i * pairs + j] = px[i];
                ys[i * pairs + j] = py[i];
            }
        }
        int[] t = TRIPLES[rng.nextInt(TRIPLES.length)];
        double s = Math.scalb(1.0, rng.nextInt(5) - 2);
        boolean swap = rng.nextBoolean();
        double[] e = {(rng.nextBoolean() ? 1 : -1) * (swap ? t[1] : t[0]) * s,
            (rng.nextBoolean() ? 1 : -1) * (swap ? t[0] : t[1]) * s};
        return new ExactLine(xs.length + " points, theta* = (" + a + ", " + b + "), start theta* + " + "(" + e[0]
                + ", " + e[1] + "), eta = " + ETA, a, b, e, t[2] * s, xs, ys);
    }

    /** A fresh copy of the inputs. */
    double[] x() {
        return xs.clone();
    }

    /** A fresh copy of the targets. */
    double[] y() {
        return ys.clone();
    }

    /** theta* + e. */
    double[] start() {
        return new double[] {a + e[0], b + e[1]};
    }

    /** ||g_k|| = h s / 2^k, the norm of the gradient used by update k (k = 0, 1, ...). */
    double gradientNorm(int k) {
        return Math.scalb(h, -k);
    }

    /** Fails unless {@code fit} made exactly {@code steps} updates: theta = theta* + e / 2^steps. */
    void expect(String rule, LinearFit fit, long steps) {
        String name = what + ", " + rule;
        Expect.that(name + ": steps", fit.steps() == steps, Long.toString(steps), Long.toString(fit.steps()));
        Expect.exactly(name + ": theta0", fit.theta0(), a + Math.scalb(e[0], (int) -steps));
        Expect.exactly(name + ": theta1", fit.theta1(), b + Math.scalb(e[1], (int) -steps));
    }
}
