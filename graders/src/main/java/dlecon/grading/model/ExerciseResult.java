package dlecon.grading.model;

import dlecon.api.Exercise;
import java.util.List;
import java.util.Objects;

/**
 * The graded outcome of one exercise.
 *
 * @param exercise the exercise
 * @param status   how far grading got
 * @param problems compile errors or refused references, one line each (class, method, line), empty when none
 * @param tests    every grader test of the exercise, in plan order, including those that could not run
 * @param timings  where the time went
 */
public record ExerciseResult(Exercise exercise, ExerciseStatus status, List<String> problems, List<TestResult> tests,
                             Timings timings) {

    public ExerciseResult {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
        tests = List.copyOf(tests);
        Objects.requireNonNull(timings, "timings");
        for (TestResult t : tests) {
            if (t.exercise() != exercise) {
                throw new IllegalArgumentException(t.id() + " belongs to " + t.exercise() + ", not " + exercise);
            }
        }
    }

    /** Points earned. */
    public double points() {
        return tests.stream().mapToDouble(TestResult::points).sum();
    }

    /** Points available. */
    public double maxPoints() {
        return tests.stream().mapToDouble(TestResult::maxPoints).sum();
    }

    /**
     * The gradebook's word for how grading of the exercise ended: {@code graded}, {@code not submitted},
     * {@code compile error}, {@code refused}, {@code failed to grade} (the harness's fault), or, for an exercise whose
     * tests ran, {@code timed out}, {@code crashed} or {@code not run} when at least one test ended that way (in this
     * order of precedence; the reasons are in the reports).
     */
    public String outcome() {
        return switch (status) {
            case NOT_SUBMITTED -> "not submitted";
            case COMPILE_ERROR -> "compile error";
            case REFUSED -> "refused";
            case HARNESS_ERROR -> "failed to grade";
            case GRADED -> anyTest(TestStatus.TIMED_OUT) ? "timed out" : anyTest(TestStatus.CRASHED) ? "crashed"
                    : anyTest(TestStatus.NOT_RUN) ? "not run" : "graded";
        };
    }

    private boolean anyTest(TestStatus s) {
        return tests.stream().anyMatch(t -> t.status() == s);
    }

    /** Tests that did not pass, in plan order. */
    public List<TestResult> failures() {
        return tests.stream().filter(t -> t.status() != TestStatus.PASSED).toList();
    }
}
