package dlecon.reference.run;

import java.util.List;

/**
 * One trained OLG DEQN evaluated along its simulated path.
 *
 * @param seed        seed of the training
 * @param points      one point per (period, age), periods in order
 * @param lossHistory loss of every episode (copied)
 */
public record OlgRun(int seed, List<OlgPoint> points, double[] lossHistory) {

    public OlgRun {
        points = List.copyOf(points);
        lossHistory = lossHistory.clone();
    }

    @Override
    public double[] lossHistory() {
        return lossHistory.clone();
    }

    /** Mean of log10 |e_i| over all periods and ages. */
    public double meanLog10Error() {
        return Moments.mean(points.stream().mapToDouble(OlgPoint::log10Error).toArray());
    }

    /** Max of log10 |e_i| over all periods and ages. */
    public double maxLog10Error() {
        return Moments.max(points.stream().mapToDouble(OlgPoint::log10Error).toArray());
    }

    /** max |s_i / s_i,exact - 1| over all periods and ages. */
    public double maxShareRelError() {
        return Moments.maxAbs(points.stream().mapToDouble(p -> p.learned() / p.exact() - 1).toArray());
    }

    /** log10 of the last episode's loss. */
    public double finalLog10Loss() {
        return Moments.finalLog10(lossHistory);
    }
}
