package dlecon.grading.sandbox;

import java.util.concurrent.TimeUnit;

/**
 * The total time one submission's tests may take, over all its exercises and test JVMs (wall time from the start of
 * its grading). When it is used up, the running test JVM is killed and every test not yet reported scores 0 with
 * {@link #reason()}: a submission that spends just under each test's own limit cannot hold a grader for hours.
 *
 * @param seconds       the budget
 * @param deadlineNanos {@link System#nanoTime()} at which it is used up
 */
public record Budget(int seconds, long deadlineNanos) {

    /** Default budget: about 30 times the reference's whole grade (9 s on 2 cores), 20 times on a slow 1-core host. */
    public static final int DEFAULT_SECONDS = 300;

    /** A budget of {@code seconds} starting now. */
    public static Budget startingNow(int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("the time budget must be at least 1 s, not " + seconds);
        }
        return new Budget(seconds, System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
    }

    /** No budget (tests of the engine itself). */
    public static Budget unlimited() {
        return new Budget(Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /** True when the budget is used up at {@code nanoTime}. */
    public boolean expiredAt(long nanoTime) {
        return deadlineNanos != Long.MAX_VALUE && nanoTime - deadlineNanos > 0;
    }

    /** True when the budget is used up now. */
    public boolean expired() {
        return expiredAt(System.nanoTime());
    }

    /** Whole seconds left (0 when used up; a large number when unlimited). */
    public long remainingSeconds() {
        if (deadlineNanos == Long.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        return Math.max(0, TimeUnit.NANOSECONDS.toSeconds(deadlineNanos - System.nanoTime()));
    }

    /** Why the remaining tests score 0. */
    public String reason() {
        return "the submission's time budget of " + seconds + " s for all its tests was used up";
    }
}
