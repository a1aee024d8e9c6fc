package dlecon.grading.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The whole result of grading one submission, the single input of every report writer.
 *
 * @param submission the submission's id (student id, folder name, "reference" or "student-template")
 * @param salt       the harness salt the test seeds were derived from
 * @param sandbox    how the test JVMs were contained, e.g. "bwrap" or "process"
 * @param notes      how the submission was read, one sentence each (the zip extracted, the source folder chosen among
 *                   several, Java files left out and why, nothing found); empty when there is nothing to say
 * @param exercises  the graded exercises in exercise order
 * @param wallMillis wall time of the whole grading
 */
public record GradeReport(String submission, long salt, String sandbox, List<String> notes,
                          List<ExerciseResult> exercises, long wallMillis) {

    public GradeReport {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(sandbox, "sandbox");
        notes = List.copyOf(notes);
        exercises = List.copyOf(exercises);
    }

    /** A report without notes. */
    public GradeReport(String submission, long salt, String sandbox, List<ExerciseResult> exercises, long wallMillis) {
        this(submission, salt, sandbox, List.of(), exercises, wallMillis);
    }

    /** Points earned over all exercises. */
    public double points() {
        return exercises.stream().mapToDouble(ExerciseResult::points).sum();
    }

    /** Points available over all exercises. */
    public double maxPoints() {
        return exercises.stream().mapToDouble(ExerciseResult::maxPoints).sum();
    }

    /** Every test in exercise then plan order. */
    public Stream<TestResult> tests() {
        return exercises.stream().flatMap(e -> e.tests().stream());
    }

    /** The summed timings of all exercises. */
    public Timings timings() {
        return exercises.stream().map(ExerciseResult::timings).reduce(Timings.ZERO, Timings::plus);
    }
}
