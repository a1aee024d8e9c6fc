package dlecon.graders.e4;

/** The Rosenbrock test function of the optimizer graders. */
final class Rosenbrock {

    private Rosenbrock() {
    }

    /** f(x, y) = (1 - x)^2 + 100 (y - x^2)^2. */
    static double value(double[] p) {
        double a = 1 - p[0];
        double b = p[1] - p[0] * p[0];
        return a * a + 100 * b * b;
    }

    /** Its gradient (-2 (1 - x) - 400 x (y - x^2), 200 (y - x^2)). */
    static double[] gradient(double[] p) {
        double b = p[1] - p[0] * p[0];
        return new double[] {-2 * (1 - p[0]) - 400 * p[0] * b, 200 * b};
    }
}
