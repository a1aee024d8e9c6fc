package dlecon.reference.run;

/**
 * One line of a chart: y against x, points in the given order.
 *
 * @param name legend entry
 * @param x    abscissae (copied)
 * @param y    ordinates, as many as x (copied)
 * @param colour index into the writer's palette (series of one group share it), or -1 for XChart's default
 * @param dashed draw a dashed instead of a solid line
 */
public record ChartSeries(String name, double[] x, double[] y, int colour, boolean dashed) {

    /** @throws IllegalArgumentException if x and y differ in length */
    public ChartSeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": " + x.length + " x values but " + y.length
                    + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    /** A solid line in XChart's default colour. */
    public ChartSeries(String name, double[] x, double[] y) {
        this(name, x, y, -1, false);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }
}
