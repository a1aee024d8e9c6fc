package dlecon.grading.gradescope;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlecon.grading.model.GradeReport;
import dlecon.grading.report.Feedback;
import dlecon.grading.report.GradescopeWriter;
import dlecon.grading.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes {@code results.json}: a graded report ({@link GradescopeWriter}'s format, the notes on how the submission
 * was read included), or, when nothing could be graded, score 0 and a message. The file is written to a temporary
 * name and then moved into place, so Gradescope never reads half a file.
 */
final class ResultsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {
    }

    /** The report as Gradescope results. */
    static void write(Path file, GradeReport report) throws IOException {
        save(file, (ObjectNode) JSON.readTree(Reports.toString(new GradescopeWriter(), report)));
    }

    /** Score 0, no tests, {@code message} as the output everyone sees. */
    static void writeMessage(Path file, String message) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", 0);
        root.put("output", Feedback.clean(message));
        GradescopeWriter.textFormats(root);
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        root.putArray("tests");
        save(file, root);
    }

    private static void save(Path file, ObjectNode root) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "results-", ".tmp");
        Files.writeString(tmp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
