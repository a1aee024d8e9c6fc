package dlecon.reference.run;

import java.util.List;

/** The training-loss chart shared by the growth-model parts: log10 of the loss against the 0-based episode. */
final class LossChart {

    private LossChart() {
    }

    /**
     * @param title  chart title
     * @param yTitle y axis title, naming the loss (e.g. "log10 loss (mean r^2)")
     * @param loss   the loss of every episode, not modified
     */
    static ChartSpec of(String title, String yTitle, double[] loss) {
        double[] e = new double[loss.length];
        double[] l = new double[loss.length];
        for (int i = 0; i < loss.length; i++) {
            e[i] = i;
            l[i] = Math.log10(loss[i]);
        }
        return new ChartSpec(title, "episode", yTitle, false, false, List.of(new ChartSeries("log10 loss", e, l)));
    }
}
