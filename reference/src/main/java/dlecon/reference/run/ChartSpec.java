package dlecon.reference.run;

import java.util.List;

/**
 * A line chart to be drawn: title, axis titles, whether each axis is logarithmic, and its lines.
 *
 * @param title  chart title
 * @param xTitle x axis title
 * @param yTitle y axis title
 * @param logX   logarithmic x axis
 * @param logY   logarithmic y axis
 * @param series the lines (at least one)
 */
public record ChartSpec(String title, String xTitle, String yTitle, boolean logX, boolean logY,
                        List<ChartSeries> series) {

    public ChartSpec {
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("chart " + title + " has no series");
        }
    }
}
