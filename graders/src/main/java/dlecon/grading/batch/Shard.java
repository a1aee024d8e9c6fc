package dlecon.grading.batch;

/**
 * Shard {@code k} of {@code n}: the submissions at positions {@code k-1, k-1+n, k-1+2n, ...} of the list sorted by
 * student id. Deterministic, balanced to within one submission, and the shards 1..n together cover every
 * submission exactly once.
 *
 * @param k this shard, 1-based
 * @param n the number of shards
 */
public record Shard(int k, int n) {

    /** The whole batch as one shard. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("shard must be K/N with 1 <= K <= N, not " + k + "/" + n);
        }
    }

    /** Parses "K/N". */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("shard must be K/N (e.g. 2/4), not " + text);
    }

    /** True when position {@code index} (0-based, in student-id order) belongs to this shard. */
    public boolean selects(int index) {
        return index % n == k - 1;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
