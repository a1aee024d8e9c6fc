package dlecon.grading.api;

import java.util.SplittableRandom;

/**
 * The seed the harness derives for one grader test from its salt and the test's identity, so the same submission
 * always gets the same score and different tests draw different numbers. Declare a parameter of this type.
 *
 * @param value the derived seed
 */
public record TestSeed(long value) {

    /** A fresh generator seeded with {@link #value()}. */
    public SplittableRandom random() {
        return new SplittableRandom(value);
    }

    /** The {@code k}-th of several seeds for "k of n seeds must pass" checks, derived from this one. */
    public long derived(int k) {
        return Seeds.mix(value + 0x9E3779B97F4A7C15L * (k + 1L));
    }
}
