package dlecon.graders.e6;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A generator that hands out the numbers of a {@link SplittableRandom} with the given seed and records every call:
 * which method and, for {@code nextDouble()}, the value. The grader can then tell which draws the surrogate
 * experiment took for its training points, its layers, its training and its test points.
 */
final class RecordingRandom implements RandomGenerator {

    /** The name recorded for a call of {@code nextDouble()}. */
    static final String NEXT_DOUBLE = "nextDouble()";

    private final SplittableRandom inner;
    private final List<String> calls = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();

    RecordingRandom(long seed) {
        inner = new SplittableRandom(seed);
    }

    /** Number of calls so far. */
    int count() {
        return calls.size();
    }

    /** The method of the i-th call. */
    String call(int i) {
        return calls.get(i);
    }

    /** The value of the i-th call if it was {@code nextDouble()}, else NaN. */
    double value(int i) {
        return values.get(i);
    }

    private <T> T log(String call, T value) {
        calls.add(call);
        values.add(NEXT_DOUBLE.equals(call) ? ((Number) value).doubleValue() : Double.NaN);
        return value;
    }

    @Override
    public long nextLong() {
        return log("nextLong()", inner.nextLong());
    }

    @Override
    public long nextLong(long bound) {
        return log("nextLong(bound)", inner.nextLong(bound));
    }

    @Override
    public long nextLong(long origin, long bound) {
        return log("nextLong(origin, bound)", inner.nextLong(origin, bound));
    }

    @Override
    public int nextInt() {
        return log("nextInt()", inner.nextInt());
    }

    @Override
    public int nextInt(int bound) {
        return log("nextInt(bound)", inner.nextInt(bound));
    }

    @Override
    public int nextInt(int origin, int bound) {
        return log("nextInt(origin, bound)", inner.nextInt(origin, bound));
    }

    @Override
    public double nextDouble() {
        return log(NEXT_DOUBLE, inner.nextDouble());
    }

    @Override
    public double nextDouble(double bound) {
        return log("nextDouble(bound)", inner.nextDouble(bound));
    }

    @Override
    public double nextDouble(double origin, double bound) {
        return log("nextDouble(origin, bound)", inner.nextDouble(origin, bound));
    }

    @Override
    public float nextFloat() {
        return log("nextFloat()", inner.nextFloat());
    }

    @Override
    public boolean nextBoolean() {
        return log("nextBoolean()", inner.nextBoolean());
    }

    @Override
    public double nextGaussian() {
        return log("nextGaussian()", inner.nextGaussian());
    }

    @Override
    public double nextGaussian(double mean, double stddev) {
        return log("nextGaussian(mean, stddev)", inner.nextGaussian(mean, stddev));
    }

    @Override
    public double nextExponential() {
        return log("nextExponential()", inner.nextExponential());
    }

    @Override
    public void nextBytes(byte[] bytes) {
        inner.nextBytes(bytes);
        log("nextBytes(bytes)", 0);
    }
}
