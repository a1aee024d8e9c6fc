package dlecon.graders.e1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visiting order of stochastic and mini-batch descent, read back from a fit. For a few points, every order of
 * the points gives its own fit after an epoch, so the fit a submission returns names the order it used: the grader
 * replays one epoch of mini-batch updates (theta -= eta (1/|B|) sum_{i in B} (h_i - y_i)(1, x_i) over consecutive
 * batches of the order, the last one smaller) for every order, groups the orders that give the same fit (the same
 * batches, only their inner order differs), and looks the submission's fit up among these candidates.
 */
final class EpochReplay {

    /**
     * Two fits within this distance (max norm) are the same candidate. One epoch of at most a dozen updates of O(1)
     * values rounds by about 1e-14, in any summation order; 1e-9 leaves a factor 1e5.
     */
    static final double MATCH = 1e-9;
    /**
     * Distinct candidates must lie at least this far apart, so a fit matches at most one of them (checked when they
     * are built; on the fixed data sets of the graders the distinct fits lie at least 4e-4 apart).
     */
    static final double SEPARATION = 1e-6;

    /** The labels ("[2, 0 | 3, 1]": batches of the order, one per epoch) and fits of the distinct outcomes. */
    private final List<String> labels;
    private final List<double[]> fits;

    private EpochReplay(List<String> labels, List<double[]> fits) {
        this.labels = labels;
        this.fits = fits;
    }

    /**
     * Every distinct outcome of {@code epochs} epochs of mini-batch descent on (x, y) from theta = (t0, t1), each epoch
     * visiting the points in any order.
     *
     * @throws IllegalStateException when two distinct outcomes lie closer than {@link #SEPARATION} (a grader bug)
     */
    static EpochReplay of(double[] x, double[] y, double t0, double t1, double eta, int batchSize, int epochs) {
        Map<String, int[]> classes = new LinkedHashMap<>();
        for (int[] p : permutations(x.length)) {
            classes.putIfAbsent(label(p, batchSize), p);
        }
        List<String> labels = new ArrayList<>(List.of(""));
        List<double[]> fits = new ArrayList<>(List.of(new double[] {t0, t1}));
        for (int e = 0; e < epochs; e++) {
            List<String> nextLabels = new ArrayList<>();
            List<double[]> nextFits = new ArrayList<>();
            for (int k = 0; k < fits.size(); k++) {
                for (Map.Entry<String, int[]> c : classes.entrySet()) {
                    nextLabels.add(labels.get(k) + (e == 0 ? "" : " then ") + c.getKey());
                    nextFits.add(epoch(x, y, fits.get(k), eta, batchSize, c.getValue()));
                }
            }
            labels = nextLabels;
            fits = nextFits;
        }
        EpochReplay r = new EpochReplay(labels, fits);
        r.requireSeparated();
        return r;
    }

    /** One epoch from {@code theta} in the given order; returns the new (theta0, theta1). */
    static double[] epoch(double[] x, double[] y, double[] theta, double eta, int batchSize, int[] order) {
        double a = theta[0];
        double b = theta[1];
        for (int start = 0; start < order.length; start += batchSize) {
            int end = Math.min(order.length, start + batchSize);
            double s0 = 0;
            double s1 = 0;
            for (int k = start; k < end; k++) {
                double r = a + b * x[order[k]] - y[order[k]];
                s0 += r;
                s1 += r * x[order[k]];
            }
            a -= eta * s0 / (end - start);
            b -= eta * s1 / (end - start);
        }
        return new double[] {a, b};
    }

    /** The index of the candidate within {@link #MATCH} of (t0, t1), or -1 when there is none. */
    int find(double t0, double t1) {
        for (int k = 0; k < fits.size(); k++) {
            if (Math.abs(fits.get(k)[0] - t0) <= MATCH && Math.abs(fits.get(k)[1] - t1) <= MATCH) {
                return k;
            }
        }
        return -1;
    }

    /** The number of distinct outcomes. */
    int size() {
        return fits.size();
    }

    /** The batches of candidate {@code k}, e.g. "[2, 0 | 3, 1]". */
    String label(int k) {
        return labels.get(k);
    }

    /** The fit of candidate {@code k}. */
    double[] fit(int k) {
        return fits.get(k).clone();
    }

    private void requireSeparated() {
        for (int i = 0; i < fits.size(); i++) {
            for (int j = i + 1; j < fits.size(); j++) {
                double d = Math.max(Math.abs(fits.get(i)[0] - fits.get(j)[0]),
                        Math.abs(fits.get(i)[1] - fits.get(j)[1]));
                if (!(d >= SEPARATION)) {
                    throw new IllegalStateException("grader data: orders " + labels.get(i) + " and " + labels.get(j)
                            + " give fits only " + d + " apart");
                }
            }
        }
    }

    /** The batches of an order with the points inside each batch sorted: orders with the same label give one fit. */
    private static String label(int[] order, int batchSize) {
        StringBuilder sb = new StringBuilder("[");
        for (int start = 0; start < order.length; start += batchSize) {
            int[] batch = Arrays.copyOfRange(order, start, Math.min(order.length, start + batchSize));
            Arrays.sort(batch);
            sb.append(start == 0 ? "" : " | ");
            for (int k = 0; k < batch.length; k++) {
                sb.append(k == 0 ? "" : ", ").append(batch[k]);
            }
        }
        return sb.append(']').toString();
    }

    /** Every permutation of 0 .. m-1, in lexicographic order. */
    static List<int[]> permutations(int m) {
        List<int[]> out = new ArrayList<>();
        permute(new int[m], new boolean[m], 0, out);
        return out;
    }

    private static void permute(int[] prefix, boolean[] used, int k, List<int[]> out) {
        if (k == prefix.length) {
            out.add(prefix.clone());
            return;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!used[i]) {
                used[i] = true;
                prefix[k] = i;
                permute(prefix, used, k + 1, out);
                used[i] = false;
            }
        }
    }
}
