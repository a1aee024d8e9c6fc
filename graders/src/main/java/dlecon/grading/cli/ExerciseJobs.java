package dlecon.grading.cli;

import picocli.CommandLine.Option;

/**
 * {@code --jobs N} of the commands that grade one submission: how many test JVMs (lanes) it gets, each taking the next
 * exercise in turn.
 */
final class ExerciseJobs {

    @Option(names = "--jobs", defaultValue = "1", paramLabel = "N",
            description = "Test JVMs of the submission, each taking the next exercise in turn (default "
                    + "${DEFAULT-VALUE}; on 2 cores one is fastest).")
    int jobs;

    /** The number of jobs; a usage error below 1 (also for the batch's submissions at once). */
    static int atLeastOne(int jobs) {
        if (jobs < 1) {
            throw new UsageError("--jobs must be at least 1");
        }
        return jobs;
    }

    /** The checked {@code --jobs}. */
    int value() {
        return atLeastOne(jobs);
    }
}
