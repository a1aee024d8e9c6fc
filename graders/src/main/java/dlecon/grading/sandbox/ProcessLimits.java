package dlecon.grading.sandbox;

/**
 * Operating-system limits of one test JVM, besides its heap ({@link JvmLimits}); {@link #DEFAULT} holds the values
 * and the reason for each. Applied with {@code prlimit} (and, for threads, a user of its own: see
 * {@link Confinement}).
 *
 * @param threads                processes and threads of the JVM's user ({@code RLIMIT_NPROC}); a grader test JVM
 *                               runs about 20 (measured: 17 with C1 and the serial collector)
 * @param fileBytes              largest file the JVM may write ({@code RLIMIT_FSIZE}): its result channel holds at
 *                               most 8 KiB of captured output per test plus one JSON line per event
 * @param tmpBytes               size of the private {@code /tmp} (tmpfs) on the bwrap path; the JVM writes nothing
 *                               there ({@code -XX:-UsePerfData}), a submission cannot (file access is refused)
 * @param nativeMegabytes        address space beyond the heap ({@code RLIMIT_AS} = heap + this): the JVM reserves
 *                               about 360 MB besides a 1 GiB heap (NMT: code cache, class space, metaspace, stacks)
 * @param cpuSecondsPerWallSecond CPU time allowed per second of the tests' time budgets ({@code RLIMIT_CPU}): the
 *                               test thread, the JIT compiler thread and the collector can keep 2 cores busy
 */
public record ProcessLimits(int threads, long fileBytes, long tmpBytes, int nativeMegabytes,
                            int cpuSecondsPerWallSecond) {

    /** 256 threads, 64 MiB per file, 16 MiB of /tmp, heap + 1 GiB of address space, 2 CPU seconds per second. */
    public static final ProcessLimits DEFAULT = new ProcessLimits(256, 64L << 20, 16L << 20, 1024, 2);

    public ProcessLimits {
        if (threads < 32 || fileBytes < (1 << 20) || tmpBytes < (1 << 20) || nativeMegabytes < 256
                || cpuSecondsPerWallSecond < 1) {
            throw new IllegalArgumentException("implausible process limits: " + threads + " threads, " + fileBytes
                    + " bytes per file, " + tmpBytes + " bytes of /tmp, " + nativeMegabytes + " MB native, "
                    + cpuSecondsPerWallSecond + " CPU s per s");
        }
    }

    /** The address-space limit in bytes for a JVM with {@code heapMegabytes} of heap. */
    public long addressSpaceBytes(int heapMegabytes) {
        return ((long) heapMegabytes + nativeMegabytes) << 20;
    }

    /** The CPU-time limit in seconds for a JVM whose tests may run {@code wallSeconds} and start in {@code start}. */
    public long cpuSeconds(long wallSeconds, int startSeconds) {
        return (wallSeconds + startSeconds) * cpuSecondsPerWallSecond;
    }
}
