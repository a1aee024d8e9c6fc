package dlecon.reference.run;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link ChartSpec} as a PNG with XChart (headless). On a logarithmic axis, points whose coordinate is not
 * positive and finite cannot be drawn and are left out (a series left empty is skipped).
 */
public final class PngChartWriter {

    /** Width of the PNG in pixels. */
    public static final int WIDTH = 800;
    /** Height of the PNG in pixels. */
    public static final int HEIGHT = 600;

    /**
     * A linear x axis ends this fraction of the data range beyond the largest x. XChart labels equally spaced x
     * data (such as episodes 0, 1, 2, ...) at data points, giving crowded labels like 0, 46, 92; the extra margin
     * breaks the equal spacing so it chooses round tick values. Not a ratio 1/k, so it never equals the spacing.
     */
    private static final double X_MARGIN = 0.0073;

    /** Colours of {@link ChartSeries#colour()} 0, 1, 2, ... (cycled). */
    private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(214, 39, 40),
        new Color(44, 160, 44), new Color(148, 103, 189), new Color(255, 127, 14), new Color(23, 190, 207)};

    private PngChartWriter() {
    }

    /** Writes the chart to {@code file} as a PNG of {@link #WIDTH} x {@link #HEIGHT} pixels. */
    public static void write(Path file, ChartSpec spec) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title())
                .xAxisTitle(spec.xTitle()).yAxisTitle(spec.yTitle()).build();
        chart.getStyler().setXAxisLogarithmic(spec.logX()).setYAxisLogarithmic(spec.logY())
                .setLegendPosition(Styler.LegendPosition.OutsideE).setChartBackgroundColor(Color.WHITE);
        for (ChartSeries s : spec.series()) {
            double[] x = s.x();
            double[] y = s.y();
            int m = 0;
            for (int i = 0; i < x.length; i++) {
                if (drawable(x[i], spec.logX()) && drawable(y[i], spec.logY())) {
                    x[m] = x[i];
                    y[m] = y[i];
                    m++;
                }
            }
            if (m == 0) {
                continue;
            }
            XYSeries xy = chart.addSeries(s.name(), java.util.Arrays.copyOf(x, m), java.util.Arrays.copyOf(y, m));
            if (m > 50) {
                xy.setMarker(SeriesMarkers.NONE);
            }
            if (s.colour() >= 0) {
                Color c = PALETTE[s.colour() % PALETTE.length];
                xy.setLineColor(c);
                xy.setMarkerColor(c);
            }
            if (s.dashed()) {
                xy.setLineStyle(SeriesLines.DASH_DASH);
            }
        }
        if (!spec.logX()) {
            extendX(chart, spec);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
    }

    private static void extendX(XYChart chart, ChartSpec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ChartSeries s : spec.series()) {
            for (double x : s.x()) {
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        if (hi > lo) {
            chart.getStyler().setXAxisMin(lo).setXAxisMax(hi + X_MARGIN * (hi - lo));
        }
    }

    private static boolean drawable(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }
}
