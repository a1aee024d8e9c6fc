package dlecon.grading.report;

import dlecon.grading.model.GradeReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every report file of a grading run. */
public final class Reports {

    private Reports() {
    }

    /** The four file writers of every grading, in the order {@link #writeAll} writes them. */
    public static List<ReportWriter> writers() {
        return List.of(new GradescopeWriter(), new MarkdownWriter(), new JUnitXmlWriter(),
                new CsvWriter());
    }

    /** The four file writers, then one {@link SurefireXmlWriter} per exercise of {@code report}. */
    public static List<ReportWriter> writers(GradeReport report) {
        List<ReportWriter> all = new ArrayList<>(writers());
        report.exercises().forEach(e -> all.add(new SurefireXmlWriter(e.exercise())));
        return all;
    }

    /**
     * Writes {@code results.json}, {@code summary.md}, {@code junit.xml},
     * {@code grade.csv} and {@code junit/TEST-<exercise>.xml} per exercise into {@code dir} (created when missing;
     * existing files are replaced), in UTF-8.
     *
     * @return the written files, in {@link #writers(GradeReport)} order
     * @throws IOException when a directory or file cannot be written
     */
    public static List<Path> writeAll(GradeReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ReportWriter w : writers(report)) {
            Path file = dir.resolve(w.fileName());
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(report, out);
            }
            written.add(file);
        }
        return written;
    }

    /** What {@code writer} writes for {@code report}, as a string. */
    public static String toString(ReportWriter writer, GradeReport report) {
        StringWriter out = new StringWriter();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
