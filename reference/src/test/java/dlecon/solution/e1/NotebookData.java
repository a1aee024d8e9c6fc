package dlecon.solution.e1;

/**
 * The data of the notebook "01_GradientDescent_and_StochasticGradientDescent" (sischei/Deep_Learning_For_Dynamic_Econ,
 * lectures/day1/code) and of the lecture slides.
 */
final class NotebookData {

    private NotebookData() {
    }

    /**
     * Cricket chirps per second (x) and temperature in degrees Fahrenheit (y), the notebook's 15-row
     * {@code SGD_data.txt}. The values are the single-precision renderings that circulate with this data set
     * (19.79999924 for 19.8, ...): only these reproduce the notebook's outputs to the last digit (least squares
     * 25.232304983426026 / 3.2910945679475647 and 565859 batch steps); the one-decimal values give 25.23231310...
     */
    static double[] cricketX() {
        return new double[] {20.0, 16.0, 19.79999924, 18.39999962, 17.10000038, 15.5, 14.69999981, 17.10000038,
            15.39999962, 16.20000076, 15.0, 17.20000076, 16.0, 17.0, 14.39999962};
    }

    /** The temperatures matching {@link #cricketX()}. */
    static double[] cricketY() {
        return new double[] {88.59999847, 71.59999847, 93.30000305, 84.30000305, 80.59999847, 75.19999695,
            69.69999695, 82.0, 69.40000153, 83.30000305, 79.59999847, 82.59999847, 80.59999847, 83.5, 76.30000305};
    }

    /** The slides' housing table: living area in square feet. */
    static double[] housingArea() {
        return new double[] {2104, 1600, 2400, 1416, 3000};
    }

    /** The slides' housing table: price in 1000$. */
    static double[] housingPrice() {
        return new double[] {400, 330, 369, 232, 540};
    }

    /** f'(x) = 3x^2 - 4x of f(x) = x^3 - 2x^2 + 2, written 3 (x x) - 4 x to round exactly as Python's 3*x**2-4*x. */
    static double cubicDerivative(double x) {
        return 3 * (x * x) - 4 * x;
    }
}
