package dlecon.grading.mutation;

/**
 * How the grader suites fared against one mutant.
 *
 * @param mutant  the mutant
 * @param outcome what happened
 * @param test    the title of the test that killed it (failed, timed out or crashed), else ""
 * @param detail  the failure, the compile error of a stillborn mutant, or ""
 */
public record MutantResult(SourceMutant mutant, Outcome outcome, String test, String detail) {

    /** What happened to a mutant. */
    public enum Outcome {
        /** A grader test failed: the mutant loses points. */
        KILLED,
        /** A grader test ran far beyond the reference's time (the harness's watchdog would score it 0). */
        TIMED_OUT,
        /** The worker JVM died (out of memory, or halted) during a test: that test scores 0. */
        CRASHED,
        /** Every grader test passed: full marks for a wrong program. */
        SURVIVED,
        /** The mutant does not compile, so no student could hand it in: not counted. */
        STILLBORN
    }

    /** True when the mutant loses points. */
    public boolean killed() {
        return outcome == Outcome.KILLED || outcome == Outcome.TIMED_OUT || outcome == Outcome.CRASHED;
    }
}
