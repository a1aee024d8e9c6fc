package dlecon.reference.run;

import dlecon.api.e6.GenzFamily;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Genz errors aggregated over seeds, per (family, d, n). */
final class GenzStats {

    /**
     * @param mean     mean over seeds of the mean absolute error
     * @param meanLow  smallest mean absolute error over seeds
     * @param meanHigh largest mean absolute error over seeds
     * @param max      mean over seeds of the maximum absolute error
     */
    record Cell(double mean, double meanLow, double meanHigh, double max) {
    }

    private record Key(GenzFamily family, int d, int n) {
    }

    private final Map<Key, Cell> cells = new HashMap<>();

    GenzStats(List<GenzRecord> records) {
        Map<Key, double[]> acc = new HashMap<>();
        for (GenzRecord r : records) {
            double[] a = acc.computeIfAbsent(new Key(r.family(), r.d(), r.n()),
                    k -> new double[] {0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0});
            a[0]++;
            a[1] += r.meanAbsError();
            a[2] = Math.min(a[2], r.meanAbsError());
            a[3] = Math.max(a[3], r.meanAbsError());
            a[4] += r.maxAbsError();
        }
        acc.forEach((k, a) -> cells.put(k, new Cell(a[1] / a[0], a[2], a[3], a[4] / a[0])));
    }

    /** The cell of (family, d, n); all NaN if there was no fit. */
    Cell cell(GenzFamily family, int d, int n) {
        return cells.getOrDefault(new Key(family, d, n), new Cell(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
    }
}
