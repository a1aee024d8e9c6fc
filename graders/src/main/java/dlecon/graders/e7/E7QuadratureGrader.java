package dlecon.graders.e7;

import dlecon.api.Exercise;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public E7 grader of the Gauss-Hermite rule: closed-form rules for n &lt;= 5, and for every n up to 100 nodes that
 * are the roots of the probabilists' Hermite polynomial He_n with the weights n! / (n^2 He_{n-1}(x)^2).
 */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.PUBLIC)
class E7QuadratureGrader {

    /**
     * The API promises nodes to about 1e-14 relative; the closed forms below are a few roundings of square roots
     * (below 1e-15): 1e-13 leaves a factor of 10 for any correct algorithm.
     */
    private static final double NODE_REL = 1e-13;
    /** The middle node of an odd rule is 0: an eigenvalue method leaves about eps ||T|| = 1e-15 there. */
    private static final double ZERO_NODE_ABS = 1e-14;
    /**
     * A Newton step q_n(x) / q_n'(x) at a node, relative to max(1, |x|): at a root in floating point it is the
     * rounding of the 100-step recurrence, measured below 3e-16 (Newton) and 2e-15 (bisection of the Jacobi
     * matrix); 1e-13 leaves a factor of 50, and a node off by 1e-13 is still a good root.
     */
    private static final double ROOT_STEP = 1e-13;
    /**
     * Weights against n! / (n^2 He_{n-1}(x)^2) at the returned nodes: the recurrence of up to 100 steps and a
     * node error of 1e-14 (times |d log w / dx| &lt;= 2n) give up to 3e-13 between correct evaluations; 1e-10
     * leaves a factor of 300.
     */
    private static final double WEIGHT_REL = 1e-10;
    /** Weights summing to 1: at most 100 terms below 1, each rounded to 1.1e-16; 1e-13 leaves a factor of 9. */
    private static final double SUM_ABS = 1e-13;
    /** Moments E eps^(2j) up to 10395 (j = 6) from n terms: relative rounding about n eps; 1e-12 is ample. */
    private static final double MOMENT_REL = 1e-12;
    /** The API's largest n. */
    private static final int MAX_NODES = 100;

    @Test
    @DisplayName("Gauss-Hermite rules equal the closed forms for n <= 5 and, for every n up to 100, have nodes at "
            + "the roots of He_n, the weights n!/(n^2 He_{n-1}^2) and the normal moments")
    @Graded(points = 2, category = "Gauss-Hermite quadrature", task = Tasks.GAUSS_HERMITE,
            hint = "nodes sqrt(2) x_i and weights w_i / sqrt(pi) of the physicists' rule, nodes increasing; an n-node "
                    + "rule is exact for polynomials up to degree 2n - 1, so E eps^2 = 1, E eps^4 = 3, ...")
    void gaussHermite(GrowthModels growth) {
        double r6 = Math.sqrt(6);
        double r10 = Math.sqrt(10);
        double[][] closed = {{0}, {-1, 1}, {-Math.sqrt(3), 0, Math.sqrt(3)},
            {-Math.sqrt(3 + r6), -Math.sqrt(3 - r6), Math.sqrt(3 - r6), Math.sqrt(3 + r6)},
            {-Math.sqrt(5 + r10), -Math.sqrt(5 - r10), 0, Math.sqrt(5 - r10), Math.sqrt(5 + r10)}};
        for (double[] nodes : closed) {
            int n = nodes.length;
            GaussHermite rule = growth.gaussHermite(n);
            Expect.that("number of nodes for n = " + n, rule.size() == n, Integer.toString(n),
                    Integer.toString(rule.size()));
            for (int i = 0; i < n; i++) {
                Expect.close("node " + i + " of " + n + " (roots of He_" + n + ")", rule.nodes()[i], nodes[i],
                        NODE_REL, ZERO_NODE_ABS);
                double h = hermite(n - 1, nodes[i]);
                Expect.close("weight " + i + " of " + n, rule.weights()[i], factorial(n) / (n * n * h * h),
                        NODE_REL, 0);
            }
        }
        Expect.close("largest node of 5 = sqrt(2) x 2.0201828704560856", growth.gaussHermite(5).nodes()[4],
                Math.sqrt(2) * 2.0201828704560856, NODE_REL, 0);
        for (int n = 1; n <= MAX_NODES; n++) {
            checkRule(n, growth.gaussHermite(n));
        }
    }

    /** Size, order, roots, weights, their sum and the even moments of the n-node rule. */
    private static void checkRule(int n, GaussHermite rule) {
        double[] x = rule.nodes();
        double[] w = rule.weights();
        Expect.that("number of nodes for n = " + n, x.length == n && w.length == n, Integer.toString(n),
                x.length + " nodes, " + w.length + " weights");
        double sum = 0;
        for (int i = 0; i < n; i++) {
            String where = "n = " + n + ", node " + i + " = " + x[i];
            Expect.that("nodes increasing, " + where, i == 0 || x[i] > x[i - 1], "> " + (i == 0 ? "" : x[i - 1]),
                    Double.toString(x[i]));
            Expect.close("symmetry x[i] = -x[n-1-i], " + where, x[i], -x[n - 1 - i], NODE_REL, ZERO_NODE_ABS);
            double[] q = orthonormal(n, x[i]);
            double step = q[1] / (Math.sqrt(n) * q[0]);
            Expect.close("Newton step He_n(x) / He_n'(x) at the node, " + where, step, 0, 0,
                    ROOT_STEP * Math.max(1, Math.abs(x[i])));
            Expect.close("weight n! / (n^2 He_{n-1}(x)^2), " + where, w[i], 1 / (n * q[0] * q[0]), WEIGHT_REL, 0);
            sum += w[i];
        }
        Expect.close("sum of the weights for n = " + n, sum, 1, 0, SUM_ABS);
        double doubleFactorial = 1; // (2j - 1)!!
        for (int j = 1; 2 * j <= Math.min(2 * n - 1, 12); j++) {
            doubleFactorial *= 2 * j - 1;
            int power = 2 * j;
            Expect.close("E eps^" + power + " with n = " + n + " nodes " + Arrays.toString(x),
                    rule.expectation(e -> Math.pow(e, power)), doubleFactorial, MOMENT_REL, 0);
        }
    }

    /**
     * {q_{n-1}(x), q_n(x)} of the orthonormal probabilists' Hermite polynomials q_j = He_j / sqrt(j!):
     * q_0 = 1, sqrt(j) q_j = x q_{j-1} - sqrt(j - 1) q_{j-2}; q_n' = sqrt(n) q_{n-1}.
     */
    private static double[] orthonormal(int n, double x) {
        double older = 0;
        double old = 1;
        for (int j = 1; j <= n; j++) {
            double next = (x * old - Math.sqrt(j - 1.0) * older) / Math.sqrt(j);
            older = old;
            old = next;
        }
        return new double[] {older, old};
    }

    /** He_j(x) by He_{j+1} = x He_j - j He_{j-1}. */
    private static double hermite(int j, double x) {
        double older = 0;
        double old = 1;
        for (int i = 0; i < j; i++) {
            double next = x * old - i * older;
            older = old;
            old = next;
        }
        return old;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}
