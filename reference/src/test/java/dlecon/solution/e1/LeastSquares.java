package dlecon.solution.e1;

/** Closed-form simple linear regression, the independent oracle of the E1 tests. */
final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * theta1 = S_xy / S_xx, theta0 = ybar - theta1 xbar with centred sums (what {@code scipy.stats.linregress}
     * computes).
     *
     * @return {theta0, theta1}
     */
    static double[] fit(double[] x, double[] y) {
        int m = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < m; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= m;
        my /= m;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < m; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double slope = sxy / sxx;
        return new double[] {my - slope * mx, slope};
    }

    /** The gradient of J(theta) = (1/2m) sum (theta0 + theta1 x_i - y_i)^2, summed in index order. */
    static double[] gradient(double[] x, double[] y, double theta0, double theta1) {
        double g0 = 0;
        double g1 = 0;
        for (int i = 0; i < x.length; i++) {
            double r = theta0 + theta1 * x[i] - y[i];
            g0 += r;
            g1 += r * x[i];
        }
        return new double[] {g0 / x.length, g1 / x.length};
    }

    /**
     * Smallest eigenvalue of the Hessian H = (1/m) [[m, sum x], [sum x, sum x^2]] of J. J is quadratic, so
     * ||theta - theta*|| &lt;= ||grad J(theta)|| / lambda_min for every theta.
     */
    static double smallestHessianEigenvalue(double[] x) {
        int m = x.length;
        double mean = 0;
        for (double xi : x) {
            mean += xi;
        }
        mean /= m;
        double variance = 0;
        for (double xi : x) {
            variance += (xi - mean) * (xi - mean);
        }
        variance /= m;
        // H = [[1, mean], [mean, variance + mean^2]]: det H = variance, trace H = 1 + variance + mean^2;
        // the small root det / (trace/2 + sqrt(trace^2/4 - det)) avoids cancellation
        double halfTrace = (1 + variance + mean * mean) / 2;
        return variance / (halfTrace + Math.sqrt(Math.max(0, halfTrace * halfTrace - variance)));
    }
}
