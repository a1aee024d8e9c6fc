package dlecon.grading.model;

/** The outcome of one grader test. Only {@link #PASSED} (and {@link #FAILED} with partial credit) earns points. */
public enum TestStatus {
    /** Every check held. */
    PASSED,
    /** A check failed (an assertion). */
    FAILED,
    /** The submission threw an exception, or could not be loaded. */
    ERRORED,
    /** The test aborted itself (an assumption failed); never earns points. */
    ABORTED,
    /** The test was skipped (disabled); never earns points. */
    SKIPPED,
    /** The watchdog killed the JVM because this test ran past its budget. */
    TIMED_OUT,
    /** The JVM died while this test ran (exit, halt, out of memory, crash). */
    CRASHED,
    /** The test could not run: the exercise did not compile, was refused by the static check or is missing. */
    NOT_RUN;

    /** Lower-case name for reports, e.g. "timed_out". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
