package dlecon.grading.cli;

import dlecon.grading.batch.BatchGrader;
import dlecon.grading.batch.Gradebook;
import dlecon.grading.batch.Shard;
import dlecon.grading.engine.GradingOptions;
import dlecon.grading.engine.GradingRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code grade-batch FOLDER --out DIR [--jobs N] [--shard K/N] [--roster FILE --format canvas|moodle|csv]}, and
 * {@code grade-batch merge} and {@code grade-batch export}.
 */
@Command(name = "grade-batch", mixinStandardHelpOptions = true, subcommands = {MergeCommand.class,
        ExportCommand.class},
        description = "Grade every sub-folder of FOLDER (its name is the student id): DIR/gradebook.csv and "
                + "DIR/<student>/ with that student's reports. One broken submission never stops the batch.")
final class BatchCommand implements Callable<Integer> {

    // not required at parse time, so that "grade-batch merge ..." parses; checked in call()
    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER", description = "One sub-folder per student.")
    Path folder;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (required).")
    Path out;

    @Option(names = "--jobs", defaultValue = "1", paramLabel = "N", description = "Submissions graded at once.")
    int jobs;

    @Option(names = "--shard", defaultValue = "1/1", paramLabel = "K/N",
            description = "Grade only shard K of N (students in id order, every N-th from the K-th).")
    String shard;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Mixin
    GradingMixin grading;

    @Mixin
    LmsExport lms;

    @Override
    public Integer call() throws Exception {
        if (folder == null || out == null) {
            throw new UsageError("grade-batch needs FOLDER and --out DIR (or the merge subcommand)");
        }
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new UsageError("grade-batch " + folder + ": " + (java.nio.file.Files.exists(folder)
                    ? "is a file, not a folder of students" : "no such folder"));
        }
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " is a file; give a folder (created if absent)");
        }
        boolean export = lms.requested();
        Shard s;
        try {
            s = Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        GradingOptions options = grading.options(1);
        GradingRun run = new GradingRun(options);
        BatchGrader batch = new BatchGrader(run, ExerciseJobs.atLeastOne(jobs), s,
                noProgress ? null : System.err, options.perSubmissionSeconds());
        Gradebook book = batch.run(folder, out);
        System.out.println("Graded " + book.size() + " submission(s) of shard " + s + " into "
                + out.resolve(Gradebook.FILE).toAbsolutePath());
        System.out.println(batch.summary().line());
        if (export) {
            lms.write(book, run.maxPoints(), out, System.out);
        }
        return 0;
    }
}
