package dlecon.grading.sandbox;

/**
 * Limits of one test JVM.
 *
 * @param heapMegabytes        {@code -Xmx}; running out ends the JVM ({@code -XX:+ExitOnOutOfMemoryError})
 * @param startupSeconds       how long the JVM may take until its launcher reports ready
 * @param outputBytes          how much of the JVM's own stdout/stderr (not the captured test output) is kept
 * @param fullJit              true: tiered compilation up to C2 (for compute-heavy suites); false: C1 only
 *                             ({@code -XX:TieredStopAtLevel=1}), because a short grader run spends more CPU compiling
 *                             with C2 than it saves (measured: 20.7 s CPU per reference grade with C2, 16.3 s C1)
 */
public record JvmLimits(int heapMegabytes, int startupSeconds, int outputBytes, boolean fullJit) {

    /** These limits with another heap. */
    public JvmLimits withHeap(int megabytes) {
        return new JvmLimits(megabytes, startupSeconds, outputBytes, fullJit);
    }

    /** These limits with the full JIT on or off. */
    public JvmLimits withFullJit(boolean full) {
        return new JvmLimits(heapMegabytes, startupSeconds, outputBytes, full);
    }

    /** 1 GiB heap (the growth-model graders train small networks), 60 s to start, 16 KiB of JVM output, C1 only. */
    public static final JvmLimits DEFAULT = new JvmLimits(1024, 60, 16 * 1024, false);

    /** Smallest heap a test JVM may be given: JUnit, AssertJ and the graders alone take about 40 MB. */
    public static final int MIN_HEAP_MEGABYTES = 64;

    public JvmLimits {
        if (heapMegabytes < MIN_HEAP_MEGABYTES || startupSeconds < 1 || outputBytes < 0) {
            throw new IllegalArgumentException("implausible JVM limits: " + heapMegabytes + " MB, "
                    + startupSeconds + " s, " + outputBytes + " bytes");
        }
    }
}
