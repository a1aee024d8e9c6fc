package dlecon.grading.engine;

import dlecon.api.Exercise;
import dlecon.grading.sandbox.Budget;
import dlecon.grading.sandbox.JvmLimits;
import dlecon.grading.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings of a grading run, with defaults in {@link #defaults()}.
 *
 * @param exercises     which exercises to grade, in order
 * @param includeHidden run hidden tests too (instructor grading) or public ones only (what students see)
 * @param salt          mixed into every test's seed; a fixed salt makes grading reproducible
 * @param sandbox       containment of the test JVMs
 * @param limits        memory and time limits of a test JVM
 * @param parallelism   how many exercises run at once
 * @param budgetSeconds the time all tests of one submission may take together ({@link Budget})
 * @param autoSandbox   true when {@code sandbox} was chosen by detection ({@code --sandbox auto}), for the reports
 * @param cache         folder of the compiled-classes cache ({@code ClassCache}), or null to compile every time; used
 *                      only where test JVMs cannot write it (bwrap, or a user of their own)
 */
public record GradingOptions(List<Exercise> exercises, boolean includeHidden, long salt, Sandbox.Mode sandbox,
                             JvmLimits limits, int parallelism, int budgetSeconds, boolean autoSandbox, Path cache) {

    /** The salt used unless one is given: any fixed value makes grading reproducible. */
    public static final long DEFAULT_SALT = 20261123L;

    public GradingOptions {
        exercises = List.copyOf(exercises);
        if (exercises.isEmpty() || parallelism < 1 || budgetSeconds < 1) {
            throw new IllegalArgumentException("need at least one exercise, parallelism >= 1 and a budget >= 1 s");
        }
    }

    /** Options without a compiled-classes cache. */
    public GradingOptions(List<Exercise> exercises, boolean includeHidden, long salt, Sandbox.Mode sandbox,
                          JvmLimits limits, int parallelism, int budgetSeconds, boolean autoSandbox) {
        this(exercises, includeHidden, salt, sandbox, limits, parallelism, budgetSeconds, autoSandbox, null);
    }

    /** Options with the default budget, the sandbox as given (not detected). */
    public GradingOptions(List<Exercise> exercises, boolean includeHidden, long salt, Sandbox.Mode sandbox,
                          JvmLimits limits, int parallelism) {
        this(exercises, includeHidden, salt, sandbox, limits, parallelism, Budget.DEFAULT_SECONDS, false);
    }

    /**
     * Time for compiling and checking every exercise and starting test JVMs, besides the test budget: seven
     * compilations each stopped after at most 30 s, plus a minute for JVM starts on a loaded machine.
     */
    public static final int SETUP_SECONDS = 7 * 30 + 60;

    /** Wall time after which a batch stops one student's grading altogether: the budget plus {@link #SETUP_SECONDS}. */
    public long perSubmissionSeconds() {
        return (long) budgetSeconds + SETUP_SECONDS;
    }

    /** How the test JVMs are contained and why, for the console and the reports. */
    public String sandboxReason() {
        return Sandbox.reason(sandbox, autoSandbox);
    }

    /** All exercises, hidden tests included, the default salt, bwrap when usable, default limits, one at a time. */
    public static GradingOptions defaults() {
        return new GradingOptions(List.of(Exercise.values()), true, DEFAULT_SALT, Sandbox.detect(),
                JvmLimits.DEFAULT, 1, Budget.DEFAULT_SECONDS, true);
    }

    /** These options with another salt. */
    public GradingOptions withSalt(long s) {
        return new GradingOptions(exercises, includeHidden, s, sandbox, limits, parallelism, budgetSeconds,
                autoSandbox, cache);
    }

    /** These options with another sandbox mode. */
    public GradingOptions withSandbox(Sandbox.Mode m) {
        return new GradingOptions(exercises, includeHidden, salt, m, limits, parallelism, budgetSeconds, false,
                cache);
    }

    /** These options with another compiled-classes cache folder (null: none). */
    public GradingOptions withCache(Path folder) {
        return new GradingOptions(exercises, includeHidden, salt, sandbox, limits, parallelism, budgetSeconds,
                autoSandbox, folder);
    }
}
