package dlecon.grading.report;

import dlecon.grading.model.GradeReport;
import java.io.IOException;
import java.io.Writer;

/**
 * Formats a {@link GradeReport} as one report file. Implementations are stateless and deterministic: the same report
 * always gives the same characters (timing fields are copied from the report, never read from a clock). Line ends are
 * always {@code "\n"}. Hidden tests show only their outcome, category and hint (see {@link Feedback}).
 */
public interface ReportWriter {

    /** The name of the file this writer produces, e.g. {@code results.json}. */
    String fileName();

    /**
     * Writes the report to {@code out}, which is flushed but not closed.
     *
     * @throws IOException when {@code out} fails
     */
    void write(GradeReport report, Writer out) throws IOException;
}
