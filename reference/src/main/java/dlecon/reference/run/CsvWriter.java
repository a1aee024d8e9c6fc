package dlecon.reference.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes comma-separated tables (RFC 4180 quoting, '\n' line ends, numbers in {@link #number} format). */
public final class CsvWriter {

    private CsvWriter() {
    }

    /**
     * The header line and one line per row.
     *
     * @throws IllegalArgumentException if the header is empty or a row's length differs from the header's
     */
    public static String format(List<String> header, List<List<String>> rows) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a CSV table needs at least one column");
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("row " + r + " has " + r.size() + " fields, the header has "
                        + header.size());
            }
            line(sb, r);
        }
        return sb.toString();
    }

    /** Writes {@link #format} to {@code file} (UTF-8). */
    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        Files.writeString(file, format(header, rows), StandardCharsets.UTF_8);
    }

    /**
     * A number as Java's shortest round-tripping decimal ({@link Double#toString}), so the file keeps full
     * precision; NaN and infinities as "NaN", "Infinity", "-Infinity".
     */
    public static String number(double x) {
        return Double.toString(x);
    }

    /** A field, quoted (with inner quotes doubled) if it contains a comma, a quote or a line break. */
    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int j = 0; j < fields.size(); j++) {
            if (j > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(j)));
        }
        sb.append('\n');
    }
}
