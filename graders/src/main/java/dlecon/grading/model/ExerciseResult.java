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

    /** Tests that did not pass, in plan order. */
    public List<TestResult> failures() {
        return tests.stream().filter(t -> t.status() != TestStatus.PASSED).toList();
    }
}
