package dlecon.grading.gradescope;

import dlecon.grading.engine.GradingOptions;
import dlecon.grading.hosted.HostedGrading;
import dlecon.grading.hosted.Upload;
import dlecon.grading.model.GradeReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One run of the Gradescope autograder: grades {@code ROOT/submission} and writes {@code ROOT/results/results.json}
 * (the layout of Gradescope's autograder specification, {@code ROOT} being {@code /autograder} there), through
 * {@link HostedGrading}. The sources are read as {@link Upload} reads an upload (a released repository, the template layout, a package tree, one
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
        Path results = root.resolve("results").resolve("results.json");
        boolean completed = HostedGrading.run("submission", root.resolve("submission"), options, log,
                new HostedGrading.Outcome() {
                    @Override
                    public void unreadable(String reason) throws IOException {
                        ResultsJson.writeMessage(results, "Your submission could not be read, so nothing was "
                                + "graded: " + reason);
                    }

                    @Override
                    public void nothingFound(String listing) throws IOException {
                        ResultsJson.writeMessage(results, Upload.EXPECTED + "\n\nFiles received: " + listing);
                    }

                    @Override
                    public void graded(GradeReport report, String listing) throws IOException {
                        ResultsJson.write(results, report);
                    }

                    @Override
                    public void failed(Exception e) throws IOException {
                        ResultsJson.writeMessage(results, "The autograder could not run, so your submission was "
                                + "not graded (this is not your fault; please tell your instructor). Reason: " + e);
                    }
                });
        return completed ? 0 : 1;
    }
}
