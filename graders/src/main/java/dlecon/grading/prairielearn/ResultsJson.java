package dlecon.grading.prairielearn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlecon.grading.hosted.ResultsFile;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.report.ConsoleWriter;
import dlecon.grading.report.Feedback;
import dlecon.grading.report.Points;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

/**
 * PrairieLearn's {@code /grade/results/results.json} (docs/externalGrading.md; read by the grader host and
 * {@code externalGraderCommon.ts}): a graded report has {@code gradable: true}, {@code score} = points / maximum in
 * [0, 1] (six decimals, rounded down, so a score of 1 means every point), {@code message} (total and notes),
 * {@code output} (the console summary) and one entry per test in {@code tests} with {@code name}, {@code description}
 * (exercise and visibility), {@code points}, {@code max_points}, {@code message} ({@link Feedback#message()}) and
 * {@code output} ({@link Feedback#text()}): a hidden test shows its outcome, category and hint only. A submission
 * that cannot be graded has {@code gradable: false} and {@code format_errors} (PrairieLearn then charges no attempt).
 * The file stays under PrairieLearn's 1 MB limit: test outputs are capped by {@link Feedback}, the console summary at
 * {@link #OUTPUT_LIMIT} characters. It is written through {@link ResultsFile} (never half a file).
 */
final class ResultsJson {

    /** Longest top-level output (PrairieLearn refuses results over 1 MB). */
    static final int OUTPUT_LIMIT = 100_000;

    private ResultsJson() {
    }

    /** The graded report. */
    static void write(Path file, GradeReport report) throws IOException {
        ObjectNode root = ResultsFile.JSON.createObjectNode();
        root.put("gradable", true);
        root.put("score", score(report.points(), report.maxPoints()));
        StringBuilder message = new StringBuilder("Total: " + Points.of(report.points(), report.maxPoints()));
        report.notes().forEach(n -> message.append('\n').append(Feedback.oneLine(n)));
        root.put("message", message.toString());
        String output = new ConsoleWriter().format(report);
        root.put("output", output.length() <= OUTPUT_LIMIT ? output : output.substring(0, OUTPUT_LIMIT)
                + "\n... [output cut]");
        ArrayNode tests = root.putArray("tests");
        report.tests().forEach(t -> test(tests.addObject(), t));
        ResultsFile.write(file, root);
    }

    /** Not gradable: {@code errors} as the format errors, {@code message} above them. */
    static void notGradable(Path file, String message, List<String> errors) throws IOException {
        ObjectNode root = ResultsFile.JSON.createObjectNode();
        root.put("gradable", false);
        root.put("message", Feedback.clean(message));
        ArrayNode f = root.putArray("format_errors");
        errors.forEach(e -> f.add(Feedback.clean(e)));
        ResultsFile.write(file, root);
    }

    /** The grader itself failed: not gradable (no attempt charged), {@code succeeded: false}, the reason. */
    static void failed(Path file, String reason) throws IOException {
        ObjectNode root = ResultsFile.JSON.createObjectNode();
        root.put("succeeded", false);
        root.put("gradable", false);
        root.put("message", "The autograder could not run, so your submission was not graded (this is not your "
                + "fault; please tell your instructor). Reason: " + Feedback.clean(reason));
        ResultsFile.write(file, root);
    }

    /** {@code points / max} rounded down to six decimals, in [0, 1]. */
    static BigDecimal score(double points, double max) {
        if (!(max > 0)) {
            throw new IllegalArgumentException("no points available (max " + max + ")");
        }
        return BigDecimal.valueOf(Math.min(1, Math.max(0, points / max))).setScale(6, RoundingMode.DOWN)
                .stripTrailingZeros();
    }

    private static void test(ObjectNode n, TestResult t) {
        Feedback f = Feedback.of(t);
        n.put("name", Feedback.oneLine(t.name()));
        n.put("description", t.exercise().name() + " " + t.exercise().title() + (t.isPublic() ? "" : " (hidden test)"));
        n.put("points", Points.decimal(t.points()));
        n.put("max_points", Points.decimal(t.maxPoints()));
        n.put("message", f.message());
        n.put("output", f.text());
    }
}
