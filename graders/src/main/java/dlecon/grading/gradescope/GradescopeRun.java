package dlecon.grading.gradescope;

import dlecon.grading.engine.GradingOptions;
import dlecon.grading.engine.GradingRun;
import dlecon.grading.engine.Submission;
import dlecon.grading.hosted.Upload;
import dlecon.grading.model.GradeReport;
import dlecon.grading.report.ConsoleWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One run of the Gradescope autograder: grades {@code ROOT/submission} and writes {@code ROOT/results/results.json}
 * (the layout of Gradescope's autograder specification, {@code ROOT} being {@code /autograder} there). The sources
 * are read as {@link Upload} reads an upload (a released repository, the template layout, a package tree, one
 * wrapping folder, a zip; else the Java files arranged by their package line). A results file is written in every
 * case, so the student always sees why: exit code 0 when grading completed or the submission holds no exercise
 * sources or a refused zip (score 0 with what was expected or the refusal), 1 when the harness itself failed (score
 * 0 with the reason).
 */
public final class GradescopeRun {

    private final GradingOptions options;

    /** @param options which tests run and how (Gradescope: all exercises, public and hidden tests) */
    public GradescopeRun(GradingOptions options) {
        this.options = options;
    }

    /**
     * Grades {@code root/submission} into {@code root/results/results.json}; the console table goes to {@code log}
     * (Gradescope keeps it for instructors only).
     *
     * @return 0 when grading completed or there was nothing to grade, 1 when the harness failed
     */
    public int run(Path root, PrintStream log) throws IOException {
        Path folder = root.resolve("submission");
        Path results = root.resolve("results").resolve("results.json");
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return failed(results, log, new IllegalStateException("no submission folder at " + folder));
        }
        Upload upload;
        try {
            upload = Upload.open("submission", folder);
        } catch (IOException e) { // a zip refused (its reason says why), or an unreadable upload
            log.println("submission not read: " + e.getMessage());
            ResultsJson.writeMessage(results, "Your submission could not be read, so nothing was graded: "
                    + e.getMessage());
            return 0;
        }
        try (upload) {
            Optional<Submission> s = upload.submission();
            if (s.isEmpty()) {
                log.println(Upload.EXPECTED);
                ResultsJson.writeMessage(results, Upload.EXPECTED + "\n\nFiles received: " + upload.listing());
                return 0;
            }
            GradeReport report = new GradingRun(options).grade(s.get());
            if (report.tests().findAny().isEmpty()) {
                throw new IllegalStateException("no grader tests found on the class path (is lib/ complete?)");
            }
            new ConsoleWriter().print(report, log);
            ResultsJson.write(results, report);
            return 0;
        } catch (RuntimeException | IOException e) {
            return failed(results, log, e);
        }
    }

    private static int failed(Path results, PrintStream log, Exception e) throws IOException {
        e.printStackTrace(log);
        ResultsJson.writeMessage(results, "The autograder could not run, so your submission was not graded "
                + "(this is not your fault; please tell your instructor). Reason: " + e);
        return 1;
    }
}
