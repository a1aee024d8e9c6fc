package dlecon.solution.e2;

/** The course writes W as a row [w1, w2, w_bias]; the API's W for one output is the 3 x 1 column of it. */
final class Columns {

    private Columns() {
    }

    /** [a, b, c] -> [[a], [b], [c]]. */
    static double[][] column(double... w) {
        double[][] c = new double[w.length][1];
        for (int i = 0; i < w.length; i++) {
            c[i][0] = w[i];
        }
        return c;
    }
}
