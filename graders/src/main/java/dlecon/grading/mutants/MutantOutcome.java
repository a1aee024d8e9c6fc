package dlecon.grading.mutants;

import java.util.List;

/**
 * How the graders fared against one known-wrong implementation.
 *
 * @param mutant         the known-wrong implementation
 * @param pointsLost     points of its exercise it lost against the reference's full marks
 * @param exercisePoints its exercise's points
 * @param taskLost       points lost by the tests of its sheet task
 * @param taskPoints     its task's points (0 when the definition names no task)
 * @param caughtBy       display names of the tests that did not pass
 * @param missing        expected catchers ({@link Mutant#caughtBy()}) that passed nevertheless
 */
public record MutantOutcome(Mutant mutant, double pointsLost, double exercisePoints, double taskLost,
                            double taskPoints, List<String> caughtBy, List<String> missing) {

    /** A bug of a task must cost at least this share of the task's points. */
    public static final double MIN_TASK_SHARE = 0.5;

    public MutantOutcome {
        caughtBy = List.copyOf(caughtBy);
        missing = List.copyOf(missing);
    }

    /** Points lost in its task as a share of the task's points (NaN without a task). */
    public double taskShare() {
        return taskPoints == 0 ? Double.NaN : taskLost / taskPoints;
    }

    /** Points lost as a share of the exercise's points. */
    public double exerciseShare() {
        return exercisePoints == 0 ? Double.NaN : pointsLost / exercisePoints;
    }

    /** True when it lost points, every expected catcher failed, and its task lost at least {@link #MIN_TASK_SHARE}. */
    public boolean caught() {
        return pointsLost > 0 && missing.isEmpty() && !(taskShare() < MIN_TASK_SHARE);
    }
}
