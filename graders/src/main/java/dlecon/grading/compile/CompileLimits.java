package dlecon.grading.compile;

/**
 * Limits of compiling one exercise in a {@link CompilerProcess}. The defaults are far above what a course solution
 * needs (the reference's largest exercise, E3, has 26 files and 69 KB of sources) and far below what a file that
 * makes javac work exponentially (deeply nested try/finally) would take.
 *
 * @param heapMegabytes  {@code -Xmx} of the compiler JVM; javac runs out (and the JVM ends) instead of growing
 * @param seconds        how long javac may take for one exercise before its JVM is killed
 * @param maxFiles       most source files of one exercise
 * @param maxSourceBytes most bytes of all source files of one exercise together
 */
public record CompileLimits(int heapMegabytes, int seconds, int maxFiles, long maxSourceBytes) {

    /** 512 MB: javac compiles every reference exercise in a 64 MB heap; a 24-deep try/finally fills 512 MB in ~7 s. */
    public static final int DEFAULT_HEAP_MEGABYTES = 512;
    /** 30 s: every reference exercise compiles in under 2 s even in a cold JVM on a loaded machine. */
    public static final int DEFAULT_SECONDS = 30;
    /** 200 files: the reference's largest exercise has 26; far more is generated code, not a solution. */
    public static final int DEFAULT_MAX_FILES = 200;
    /** 2 MB: the reference's largest exercise has 69 KB of sources, so about 30x headroom. */
    public static final long DEFAULT_MAX_SOURCE_BYTES = 2L * 1024 * 1024;
    /** The smallest heap a JVM running javac starts with at all. */
    private static final int MIN_HEAP_MEGABYTES = 64;

    /** The defaults above. */
    public static final CompileLimits DEFAULT = new CompileLimits(DEFAULT_HEAP_MEGABYTES, DEFAULT_SECONDS,
            DEFAULT_MAX_FILES, DEFAULT_MAX_SOURCE_BYTES);

    public CompileLimits {
        if (heapMegabytes < MIN_HEAP_MEGABYTES || seconds < 1 || maxFiles < 1 || maxSourceBytes < 1) {
            throw new IllegalArgumentException("implausible compile limits: " + heapMegabytes + " MB, " + seconds
                    + " s, " + maxFiles + " files, " + maxSourceBytes + " bytes");
        }
    }

    /** These limits with another time limit per exercise. */
    public CompileLimits withSeconds(int s) {
        return new CompileLimits(heapMegabytes, s, maxFiles, maxSourceBytes);
    }
}
