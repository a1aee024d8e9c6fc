package dlecon.reference.run;

/**
 * Sample statistics of the runs' arrays (none modifies its argument; a NaN element makes the result NaN, an empty
 * array gives NaN).
 */
final class Moments {

    private Moments() {
    }

    /** (1/n) sum x_i. */
    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }

    /** Sample standard deviation sqrt(sum (x_i - mean)^2 / (n - 1)) (NaN for fewer than 2 values). */
    static double sd(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    /** (1/n) sum |x_i|. */
    static double meanAbs(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.abs(v);
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }

    /** max |x_i|. */
    static double maxAbs(double[] x) {
        return max(x, true);
    }

    /** max x_i. */
    static double max(double[] x) {
        return max(x, false);
    }

    private static double max(double[] x, boolean abs) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            double a = abs ? Math.abs(v) : v;
            if (Double.isNaN(a)) {
                return a;
            }
            m = Math.max(m, a);
        }
        return m;
    }

    /** log10 of the last element (NaN if there is none). */
    static double finalLog10(double[] loss) {
        return loss.length == 0 ? Double.NaN : Math.log10(loss[loss.length - 1]);
    }
}
