package dlecon.grading.gradescope;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dlecon.grading.hosted.ResultsFile;
import dlecon.grading.model.GradeReport;
import dlecon.grading.report.Feedback;
import dlecon.grading.report.GradescopeWriter;
import dlecon.grading.report.Reports;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code results.json}: a graded report ({@link GradescopeWriter}'s format, the notes on how the submission
 * was read included), or, when nothing could be graded, score 0 and a message ({@link ResultsFile}: never
 * half a file).
 */
final class ResultsJson {

    private ResultsJson() {
    }

    /** The report as Gradescope results. */
    static void write(Path file, GradeReport report) throws IOException {
        ResultsFile.write(file, (ObjectNode) ResultsFile.JSON.readTree(Reports.toString(new GradescopeWriter(),
                report)));
    }

    /** Score 0, no tests, {@code message} as the output everyone sees. */
    static void writeMessage(Path file, String message) throws IOException {
        ObjectNode root = ResultsFile.JSON.createObjectNode();
        root.put("score", 0);
        root.put("output", Feedback.clean(message));
        GradescopeWriter.textFormats(root);
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        root.putArray("tests");
        ResultsFile.write(file, root);
    }
}
