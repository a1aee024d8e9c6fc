package dlecon.grading.hosted;

import dlecon.grading.engine.GradingOptions;
import dlecon.grading.engine.GradingRun;
import dlecon.grading.model.GradeReport;
import dlecon.grading.report.ConsoleWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * One grading on a hosted grader (Gradescope, PrairieLearn), the part every platform shares: the upload folder is
 * read ({@link Upload}), the submission graded, the console summary logged; what the platform writes in each case
 * is its {@link Outcome}. Every case ends in exactly one call of the outcome, so the student always sees why.
 */
public final class HostedGrading {

    /** What a platform writes for each way a grading ends. */
    public interface Outcome {

        /** The upload could not be read (a refused zip: {@code reason} says why). */
        void unreadable(String reason) throws IOException;

        /** The upload holds no exercise sources; {@code listing} names the files received. */
        void nothingFound(String listing) throws IOException;

        /** The submission was graded; {@code listing} names the files received. */
        void graded(GradeReport report, String listing) throws IOException;

        /** The grader itself failed (not the student's fault). */
        void failed(Exception e) throws IOException;
    }

    private HostedGrading() {
    }

    /**
     * Grades the upload in {@code folder} (submission id {@code id}) and tells {@code outcome} how it ended.
     *
     * @return true when grading completed or there was nothing to grade, false when the grader failed
     */
    public static boolean run(String id, Path folder, GradingOptions options, PrintStream log, Outcome outcome)
            throws IOException {
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException("no " + id + " folder at " + folder);
            }
            Upload upload;
            try {
                upload = Upload.open(id, folder);
            } catch (IOException e) { // a zip refused (its reason says why), or an unreadable upload
                log.println("submission not read: " + e.getMessage());
                outcome.unreadable(e.getMessage());
                return true;
            }
            try (upload) {
                if (upload.submission().isEmpty()) {
                    log.println(Upload.EXPECTED);
                    outcome.nothingFound(upload.listing());
                    return true;
                }
                GradeReport report = new GradingRun(options).grade(upload.submission().get());
                if (report.tests().findAny().isEmpty()) {
                    throw new IllegalStateException("no grader tests found on the class path (is lib/ complete?)");
                }
                new ConsoleWriter().print(report, log);
                outcome.graded(report, upload.listing());
                return true;
            }
        } catch (RuntimeException | IOException e) {
            e.printStackTrace(log);
            outcome.failed(e);
            return false;
        }
    }
}
