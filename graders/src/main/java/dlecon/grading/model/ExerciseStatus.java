package dlecon.grading.model;

/** How far the grading of one exercise got. */
public enum ExerciseStatus {
    /** Compiled, passed the static check, and its tests ran (each test has its own outcome). */
    GRADED,
    /** The exercise's sources are absent from the submission. */
    NOT_SUBMITTED,
    /** The exercise's sources did not compile; its tests score 0. */
    COMPILE_ERROR,
    /** The static check refused a reference in the compiled code; its tests score 0. */
    REFUSED,
    /** The harness itself failed for this exercise (e.g. the JVM could not start); its tests score 0. */
    HARNESS_ERROR
}
