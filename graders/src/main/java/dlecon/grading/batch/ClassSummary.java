package dlecon.grading.batch;

import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.GradeReport;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of a batch for the console's closing line: students graded, students with nothing submitted, students whose
 * grading failed (the harness could not grade an exercise, or the student's grading was stopped), and exercises by
 * outcome over all students (the words of the gradebook's status columns, {@link ExerciseResult#outcome()}).
 */
public final class ClassSummary {

    private int graded;
    private int empty;
    private int failed;
    private final Map<String, Integer> byStatus = new TreeMap<>();

    /** Counts one student's report. */
    public synchronized void add(GradeReport r) {
        boolean harness = r.exercises().stream().anyMatch(e -> e.status() == ExerciseStatus.HARNESS_ERROR);
        boolean nothing = r.exercises().stream().allMatch(e -> e.status() == ExerciseStatus.NOT_SUBMITTED);
        if (harness) {
            failed++;
        } else if (nothing) {
            empty++;
        } else {
            graded++;
        }
        for (ExerciseResult e : r.exercises()) {
            byStatus.merge(e.outcome(), 1, Integer::sum);
        }
    }

    /** One line, e.g. "5 students: 3 graded, 1 submitted nothing, 1 failed to grade; exercises: 30 graded, ...". */
    public synchronized String line() {
        int students = graded + empty + failed;
        StringBuilder b = new StringBuilder().append(students).append(students == 1 ? " student: " : " students: ")
                .append(graded).append(" graded, ").append(empty).append(" submitted nothing, ").append(failed)
                .append(" failed to grade (see their summary.md)");
        if (!byStatus.isEmpty()) {
            b.append("; exercises: ");
            b.append(String.join(", ", byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .toList()));
        }
        return b.toString();
    }
}
