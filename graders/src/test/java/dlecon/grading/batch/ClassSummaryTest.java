package dlecon.grading.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.Timings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch's closing line tells graded students from empty submissions and failed gradings. */
class ClassSummaryTest {

    private static GradeReport report(String id, ExerciseStatus... statuses) {
        List<ExerciseResult> ex = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            ex.add(new ExerciseResult(Exercise.values()[i], statuses[i], List.of(), List.of(), Timings.ZERO));
        }
        return new GradeReport(id, 1, "process", ex, 0);
    }

    @Test
    void countsStudentsAndExercisesByStatus() {
        ClassSummary s = new ClassSummary();
        s.add(report("alice", ExerciseStatus.GRADED, ExerciseStatus.GRADED));
        s.add(report("bob", ExerciseStatus.NOT_SUBMITTED, ExerciseStatus.NOT_SUBMITTED));
        s.add(report("carol", ExerciseStatus.GRADED, ExerciseStatus.COMPILE_ERROR));
        s.add(report("dave", ExerciseStatus.HARNESS_ERROR, ExerciseStatus.HARNESS_ERROR));
        assertThat(s.line()).isEqualTo("4 students: 2 graded, 1 submitted nothing, 1 failed to grade (see their "
                + "summary.md); exercises: 1 compile error, 2 failed to grade, 3 graded, 2 not submitted");
    }
}
