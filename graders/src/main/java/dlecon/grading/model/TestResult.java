package dlecon.grading.model;

import dlecon.api.Exercise;
import dlecon.grading.api.Visibility;
import java.util.Objects;

/**
 * The graded outcome of one grader test.
 *
 * @param exercise     the exercise the test grades
 * @param id           stable identity of the test (class and method), unique within a run
 * @param title        the test's display name without the exercise prefix
 * @param visibility   public or hidden
 * @param category     what is checked, shown for hidden tests instead of values
 * @param hint         where to look when it fails ("" when none)
 * @param maxPoints    points the test is worth
 * @param points       points earned, in [0, maxPoints]
 * @param status       the outcome
 * @param casesPassed  passed cases of a partial-credit test (0 when the test has no cases)
 * @param casesTotal   cases of a partial-credit test (0 when the test has no cases)
 * @param failure      why it did not pass, or null when it passed
 * @param output       the submission's captured (capped) output during the test, "" when none
 * @param millis       wall time of the test
 */
public record TestResult(Exercise exercise, String id, String title, Visibility visibility, String category,
                         String hint, double maxPoints, double points, TestStatus status, int casesPassed,
                         int casesTotal, Failure failure, String output, long millis) {

    public TestResult {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(status, "status");
        category = category == null ? "" : category;
        hint = hint == null ? "" : hint;
        output = output == null ? "" : output;
        if (!(maxPoints > 0) || !(points >= 0 && points <= maxPoints)) {
            throw new IllegalArgumentException("points " + points + " of " + maxPoints + " for " + id);
        }
        if ((status == TestStatus.PASSED) != (failure == null)) {
            throw new IllegalArgumentException("a failure is given exactly when the test did not pass: " + id);
        }
    }

    /** The name every report uses: the exercise id, a space and the title, e.g. "E3 xor network has zero MSE". */
    public String name() {
        return exercise.name() + " " + title;
    }

    /** True when the test is public. */
    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
