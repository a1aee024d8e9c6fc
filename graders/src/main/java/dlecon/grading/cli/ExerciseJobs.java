package dlecon.grading.cli;

import picocli.CommandLine.Option;

/** {@code --jobs N} of the commands that grade one submission: how many of its exercises are graded at once. */
final class ExerciseJobs {

    @Option(names = "--jobs", defaultValue = "1", paramLabel = "N",
            description = "Exercises graded at once (default ${DEFAULT-VALUE}).")
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
