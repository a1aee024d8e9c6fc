package dlecon.api.e1;

/**
 * A fitted line h(x) = theta0 + theta1 x and how many parameter updates produced it.
 *
 * @param theta0 intercept
 * @param theta1 slope
 * @param steps  number of parameter updates performed
 */
public record LinearFit(double theta0, double theta1, long steps) {

    /** h(x) = theta0 + theta1 x. */
    public double predict(double x) {
        return theta0 + theta1 * x;
    }
}
