package dlecon.grading.batch;

import dlecon.grading.report.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code gradebook.csv}: the header of {@link CsvWriter} and one row per student, sorted by student id. Rows of
 * shard gradebooks merge into one; a student in two shards is an error (shards overlap or a folder was graded twice).
 */
public final class Gradebook {

    /** File name inside a batch output folder. */
    public static final String FILE = "gradebook.csv";

    private final Map<String, String> rows = new TreeMap<>();

    /** Adds a student's row (as written by {@link CsvWriter#row}); a second row for the same student is refused. */
    public synchronized void add(String row) {
        String student = CsvWriter.parseRow(row).get(0);
        if (rows.putIfAbsent(student, row) != null) {
            throw new IllegalStateException("student " + student + " appears twice (overlapping shards?)");
        }
    }

    /** Number of students. */
    public synchronized int size() {
        return rows.size();
    }

    /** The rows' fields ({@link CsvWriter#HEADER}'s columns), sorted by student id. */
    public synchronized List<List<String>> rows() {
        return rows.values().stream().map(CsvWriter::parseRow).toList();
    }

    /** Writes the gradebook to {@code dir/gradebook.csv}. */
    public synchronized Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        lines.add(CsvWriter.HEADER);
        lines.addAll(rows.values());
        return Files.write(dir.resolve(FILE), lines, StandardCharsets.UTF_8);
    }

    /** Adds every row of {@code dir/gradebook.csv}, checking its header. */
    public void addAll(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + " holds no " + FILE + " (not a batch output folder)");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(CsvWriter.HEADER)) {
            throw new IOException(file + " does not start with the gradebook header " + CsvWriter.HEADER);
        }
        lines.stream().skip(1).filter(l -> !l.isBlank()).forEach(this::add);
    }
}
