package dlecon.grading.api;

/** Who sees a grader test: {@link #PUBLIC} tests ship to students with full feedback, {@link #HIDDEN} ones never. */
public enum Visibility {
    /** Shipped in the student template; reports show expected vs actual, tolerance and hint. */
    PUBLIC,
    /** Run only by the instructor's grading; reports show only the category and the hint, never values or seeds. */
    HIDDEN
}
