package dlecon.grading.sandbox;

/**
 * Limits of one test JVM.
 *
 * @param heapMegabytes        {@code -Xmx}; running out ends the JVM ({@code -XX:+ExitOnOutOfMemoryError})
 * @param startupSeconds       how long the JVM may take until its launcher reports ready
 * @param outputBytes          how much of the JVM's own stdout/stderr (not the captured test output) is kept
 */
public record JvmLimits(int heapMegabytes, int startupSeconds, int outputBytes) {

    /** 1 GiB heap (the growth-model graders train small networks), 60 s to start, 16 KiB of JVM output. */
    public static final JvmLimits DEFAULT = new JvmLimits(1024, 60, 16 * 1024);

    public JvmLimits {
        if (heapMegabytes < 64 || startupSeconds < 1 || outputBytes < 0) {
            throw new IllegalArgumentException("implausible JVM limits: " + heapMegabytes + " MB, "
                    + startupSeconds + " s, " + outputBytes + " bytes");
        }
    }
}
