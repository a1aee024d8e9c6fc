package dlecon.grading.cli;

import dlecon.grading.batch.Gradebook;
import dlecon.grading.engine.GradingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code grade-batch export DIR --roster FILE --format canvas|moodle|csv}: the LMS export of a batch's (or a merge's)
 * {@code DIR/gradebook.csv}, written into DIR; {@code --visibility} and {@code --exercise} must be those of the
 * grading (the maxima come from that plan, and a gradebook that does not fit it is refused).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write DIR/gradebook.csv for an LMS (Canvas, Moodle) or as a roster-ordered CSV.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of grade-batch or grade-batch merge.")
    Path dir;

    @Mixin
    GradingMixin grading;

    @Mixin
    LmsExport lms;

    @Override
    public Integer call() throws IOException {
        if (!lms.requested()) {
            throw new UsageError("grade-batch export needs --roster FILE and --format canvas|moodle|csv");
        }
        if (!Files.isRegularFile(dir.resolve(Gradebook.FILE))) {
            throw new UsageError("grade-batch export " + dir + ": no " + Gradebook.FILE + " there (give the --out "
                    + "folder of grade-batch or grade-batch merge)");
        }
        Gradebook book = new Gradebook();
        try {
            book.addAll(dir);
        } catch (IllegalStateException | IOException e) { // a repeated student, another header
            throw new UsageError(e.getMessage());
        }
        lms.write(book, new GradingRun(grading.options(1)).maxPoints(), dir, System.out);
        return 0;
    }
}
