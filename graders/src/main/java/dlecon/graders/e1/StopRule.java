package dlecon.graders.e1;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

/**
 * The graders' own 1-D descent with the API's stopping rules, and exact (dyadic) runs whose last update lands exactly
 * on the tolerance, so that {@code <=} and {@code <} give different numbers of iterates.
 */
final class StopRule {

    private StopRule() {
    }

    /**
     * x_{k+1} = x_k - eta_k f'(x_k) from x0, stopping right after the first update with |x_{k+1} - x_k| &lt;= tol, at
     * the first non-finite iterate (kept), or after maxSteps updates.
     */
    static double[] path(DoubleUnaryOperator derivative, double x0, IntToDoubleFunction eta, double tol,
                         int maxSteps) {
        double[] path = new double[maxSteps + 1];
        path[0] = x0;
        int k = 0;
        while (k < maxSteps) {
            double next = path[k] - eta.applyAsDouble(k) * derivative.applyAsDouble(path[k]);
            path[k + 1] = next;
            k++;
            if (!Double.isFinite(next) || Math.abs(next - path[k - 1]) <= tol) {
                break;
            }
        }
        return Arrays.copyOf(path, k + 1);
    }

    /**
     * The notebook's schedule eta_0 = eta0, eta_{k+1} = eta_k / (1 + k d), divided in that order, for k up to
     * {@code steps}.
     */
    static IntToDoubleFunction decaying(double eta0, double d, int steps) {
        double[] eta = new double[steps + 1];
        eta[0] = eta0;
        for (int k = 0; k < steps; k++) {
            eta[k + 1] = eta[k] / (1 + k * d);
        }
        return k -> eta[k];
    }

    /**
     * An exact run: f'(x) = c x, x0 = +-(1 + j/1024) 2^e, and tol equal to the K-th update's |x_K - x_{K-1}|, so the
     * run stops after exactly K updates.
     *
     * @param what       the case, for messages
     * @param derivative f'
     * @param x0         the start
     * @param tol        the tolerance, met with equality by the last update
     * @param path       the K + 1 iterates
     */
    record Dyadic(String what, DoubleUnaryOperator derivative, double x0, double tol, double[] path) {
    }

    /** {@link #dyadic(SplittableRandom, double, double[], IntToDoubleFunction, int)} with K up to 12. */
    static Dyadic dyadic(SplittableRandom rng, double eta0, double[] slopes, IntToDoubleFunction eta) {
        return dyadic(rng, eta0, slopes, eta, 12);
    }

    /**
     * A random exact run with K in 1 .. maxK updates. Every eta_k c must be a multiple of 1/16 with
     * |1 - eta_k c| &lt; 1 and the eta_k must not grow, so every iterate is a short dyadic number (exact in any
     * evaluation order) and the updates shrink strictly.
     *
     * @throws IllegalStateException when the run does not stop after K updates (a grader bug)
     */
    static Dyadic dyadic(SplittableRandom rng, double eta0, double[] slopes, IntToDoubleFunction eta, int maxK) {
        double c = slopes[rng.nextInt(slopes.length)];
        double x0 = (rng.nextBoolean() ? 1 : -1) * (1 + rng.nextInt(1024) / 1024.0) * Math.scalb(1.0,
                rng.nextInt(7) - 3);
        int k = 1 + rng.nextInt(maxK);
        DoubleUnaryOperator derivative = x -> c * x;
        double[] free = path(derivative, x0, eta, 0, k);
        double tol = Math.abs(free[k] - free[k - 1]);
        double[] path = path(derivative, x0, eta, tol, k + 5);
        if (path.length != k + 1) {
            throw new IllegalStateException("grader data: the exact run stops after " + (path.length - 1)
                    + " updates, not " + k);
        }
        return new Dyadic("f'(x) = " + c + " x, x0 = " + x0 + ", eta0 = " + eta0 + ", tol = " + tol
                + " (exactly the update " + k + ")", derivative, x0, tol, path);
    }
}
