package dlecon.api.data;

import java.util.random.RandomGenerator;

/** Marsland's preprocessing and splits (ch. 4, Iris example). Nothing here modifies its arguments. */
public final class Preprocessing {

    private Preprocessing() {
    }

    /**
     * Marsland's normalisation, per column j: x_j &lt;- x_j - mean(x_j), then x_j &lt;- x_j / max(|max x_j|, |min x_j|)
     * (max and min of the centred column). A constant column stays 0.
     *
     * @return a new array
     */
    public static double[][] normalise(double[][] x) {
        int n = x.length;
        int m = n == 0 ? 0 : x[0].length;
        double[][] out = new double[n][m];
        for (int j = 0; j < m; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                out[i][j] = x[i][j] - mean;
                max = Math.max(max, out[i][j]);
                min = Math.min(min, out[i][j]);
            }
            double scale = Math.max(Math.abs(max), Math.abs(min));
            if (scale > 0) {
                for (int i = 0; i < n; i++) {
                    out[i][j] /= scale;
                }
            }
        }
        return out;
    }

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates, drawing {@code rng.nextInt(i + 1)} for i = n-1..1). */
    public static int[] permutation(int n, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    /** The data set with rows in a random order drawn from {@code rng}. */
    public static Dataset shuffle(Dataset d, RandomGenerator rng) {
        return d.rows(permutation(d.size(), rng));
    }

    /** Training, validation and test sets. */
    public record Split(Dataset train, Dataset validation, Dataset test) {
    }

    /** Marsland's split: train = rows [::2], validation = [1::4], test = [3::4] (50%, 25%, 25%). */
    public static Split marslandSplit(Dataset d) {
        return new Split(d.slice(0, 2), d.slice(1, 4), d.slice(3, 4));
    }

    /**
     * Marsland's Iris pipeline: normalise the inputs, shuffle the rows with {@code rng}, then
     * {@link #marslandSplit}.
     */
    public static Split irisSplit(RandomGenerator rng) {
        Dataset raw = Iris.load();
        Dataset normalised = new Dataset(normalise(raw.x()), raw.t());
        return marslandSplit(shuffle(normalised, rng));
    }
}
