package dlecon.grading.model;

/**
 * Where the wall time of grading went, in milliseconds. Excluded when two runs are compared for identity.
 *
 * @param compileMillis  compiling the submission's sources
 * @param checkMillis    the static check of the bytecode
 * @param jvmStartMillis from forking a test JVM until it reported ready (summed over forks)
 * @param testMillis     running the grader tests (summed over forks)
 */
public record Timings(long compileMillis, long checkMillis, long jvmStartMillis, long testMillis) {

    /** All zeros. */
    public static final Timings ZERO = new Timings(0, 0, 0, 0);

    /** Component-wise sum. */
    public Timings plus(Timings o) {
        return new Timings(compileMillis + o.compileMillis, checkMillis + o.checkMillis,
                jvmStartMillis + o.jvmStartMillis, testMillis + o.testMillis);
    }

    /** Sum of the parts. */
    public long totalMillis() {
        return compileMillis + checkMillis + jvmStartMillis + testMillis;
    }
}
