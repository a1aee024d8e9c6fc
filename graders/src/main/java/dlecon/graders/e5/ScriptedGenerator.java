package dlecon.graders.e5;

import java.util.random.RandomGenerator;

/**
 * A generator whose {@code nextDouble()} returns given values in turn (cycling), so that a grader can place a draw
 * exactly at the threshold p or just below it. Its other methods derive from {@link #nextLong()}, a counter.
 */
final class ScriptedGenerator implements RandomGenerator {

    private final double[] draws;
    private int next;
    private long counter;

    ScriptedGenerator(double... draws) {
        this.draws = draws.clone();
    }

    @Override
    public double nextDouble() {
        double d = draws[next];
        next = (next + 1) % draws.length;
        return d;
    }

    @Override
    public long nextLong() {
        return counter++;
    }

    /** How many values {@link #nextDouble()} has returned, modulo the script's length, since the start. */
    int position() {
        return next;
    }
}
