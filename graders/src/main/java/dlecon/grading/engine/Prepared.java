package dlecon.grading.engine;

import dlecon.api.Exercise;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.Timings;
import java.nio.file.Path;
import java.util.List;

/**
 * An exercise of a submission after compilation and the static check, before its tests run.
 *
 * @param exercise the exercise
 * @param status   {@link ExerciseStatus#GRADED} when its classes are ready to run, else why not
 * @param problems compile errors or refused references, one line each
 * @param reason   one line saying why its tests cannot run ("" when ready)
 * @param classes  the folder of its checked class files (meaningful when ready)
 * @param timings  compile and check time
 */
public record Prepared(Exercise exercise, ExerciseStatus status, List<String> problems, String reason, Path classes,
                       Timings timings) {

    public Prepared {
        problems = List.copyOf(problems);
    }

    /** True when its classes compiled and passed the static check. */
    public boolean ready() {
        return status == ExerciseStatus.GRADED;
    }
}
