package dlecon.graders.e1;

/** Data and functions of the notebook "01_GradientDescent_and_StochasticGradientDescent". */
final class Notebook {

    private Notebook() {
    }

    /** f'(x) = 3x^2 - 4x of f(x) = x^3 - 2x^2 + 2, rounded as Python's 3*x**2-4*x. */
    static double cubicDerivative(double x) {
        return 3 * (x * x) - 4 * x;
    }

    /** Cricket chirps per second, the notebook's 15 rows in their single-precision renderings. */
    static double[] cricketX() {
        return new double[] {20.0, 16.0, 19.79999924, 18.39999962, 17.10000038, 15.5, 14.69999981, 17.10000038,
            15.39999962, 16.20000076, 15.0, 17.20000076, 16.0, 17.0, 14.39999962};
    }

    /** Temperatures matching {@link #cricketX()}. */
    static double[] cricketY() {
        return new double[] {88.59999847, 71.59999847, 93.30000305, 84.30000305, 80.59999847, 75.19999695,
            69.69999695, 82.0, 69.40000153, 83.30000305, 79.59999847, 82.59999847, 80.59999847, 83.5, 76.30000305};
    }
}
