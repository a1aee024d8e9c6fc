package dlecon.grading.gradescope;

import dlecon.grading.engine.FileTrees;
import dlecon.grading.engine.GradingOptions;
import dlecon.grading.engine.GradingRun;
import dlecon.grading.engine.Submission;
import dlecon.grading.model.GradeReport;
import dlecon.grading.report.ConsoleWriter;
import dlecon.grading.report.Feedback;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One run of the Gradescope autograder: grades {@code ROOT/submission} and writes {@code ROOT/results/results.json}
 * (the layout of Gradescope's autograder specification, {@code ROOT} being {@code /autograder} there). The sources
 * are found by {@link Submission#sourceRoot} (a released repository, the template layout, a package tree, one
 * wrapping folder); when that finds no exercise sources, uploaded Java files are arranged by their package line
 * ({@link FlatUpload}). A results file is written in every case, so the student always sees why: exit code 0 when
 * grading completed or the submission holds no exercise sources (score 0 with what was expected), 1 when the
 * harness itself failed (score 0 with the reason).
 */
public final class GradescopeRun {

    /** Shown when no exercise sources were found. */
    static final String EXPECTED = "No exercise sources found in your submission, so nothing could be graded. "
            + "Expected Java files of the packages dlecon.solution.e1 to dlecon.solution.e7, submitted as your "
            + "repository (solution/src/main/java/dlecon/solution/eN/*.java), a zip of it, or the .java files "
            + "themselves (each file's 'package dlecon.solution.eN;' line says which exercise it belongs to).";

    private static final int LISTED = 20;

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
        Path upload = root.resolve("submission");
        Path results = root.resolve("results").resolve("results.json");
        Path arranged = null;
        try {
            if (!Files.isDirectory(upload, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException("no submission folder at " + upload);
            }
            Submission s = Submission.read("submission", upload);
            if (s.sources().isEmpty()) {
                arranged = Files.createTempDirectory("dlecon-gradescope-");
                List<String> files = FlatUpload.arrange(upload, arranged);
                if (files.isEmpty()) {
                    log.println(EXPECTED);
                    ResultsJson.writeMessage(results, EXPECTED + "\n\nFiles received: " + listing(upload));
                    return 0;
                }
                s = Submission.read("submission", arranged).withNote("Arranged " + files.size()
                        + " uploaded Java file(s) by their package line: " + shortList(files) + ".");
            } else {
                s = s.withNote("Sources read from " + where(upload, s.root()) + ".");
            }
            GradeReport report = new GradingRun(options).grade(s);
            if (report.tests().findAny().isEmpty()) {
                throw new IllegalStateException("no grader tests found on the class path (is lib/ complete?)");
            }
            new ConsoleWriter().print(report, log);
            ResultsJson.write(results, report);
            return 0;
        } catch (RuntimeException | IOException e) {
            e.printStackTrace(log);
            ResultsJson.writeMessage(results, "The autograder could not run, so your submission was not graded "
                    + "(this is not your fault; please tell your instructor). Reason: " + e);
            return 1;
        } finally {
            if (arranged != null) {
                FileTrees.delete(arranged);
            }
        }
    }

    private static String where(Path upload, Path sourceRoot) {
        String rel = upload.relativize(sourceRoot).toString();
        return rel.isEmpty() ? "the top folder of the submission" : rel;
    }

    /** The submission's files (up to {@value #LISTED}), relative, one line; or "none". */
    private static String listing(Path upload) throws IOException {
        try (Stream<Path> files = Files.walk(upload)) {
            List<String> names = files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> upload.relativize(p).toString()).sorted().toList();
            return names.isEmpty() ? "none" : Feedback.oneLine(shortList(names));
        }
    }

    private static String shortList(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(LISTED, items.size())));
        return items.size() > LISTED ? shown + " and " + (items.size() - LISTED) + " more" : shown;
    }
}
