package dlecon.grading.report;

import dlecon.api.Exercise;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.GradeReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code grade.csv}: the gradebook header {@link #HEADER} and one row (student id, the points of each exercise, total,
 * maximum, then how grading of each exercise ended, {@link ExerciseResult#outcome()}), points as
 * {@link Points#format(double)}, empty cells for an exercise not graded in the run. Fields are
 * quoted as RFC 4180 asks (only when they hold a comma, quote, CR or LF); lines end with LF. The batch gradebook
 * reuses {@link #row(GradeReport)} and merges shard gradebooks with {@link #parseRow(String)}.
 */
public final class CsvWriter implements ReportWriter {

    /** "student,E1,...,E7,total,max,E1 status,...,E7 status". */
    public static final String HEADER = "student,"
            + Arrays.stream(Exercise.values()).map(Enum::name).collect(Collectors.joining(",")) + ",total,max,"
            + Arrays.stream(Exercise.values()).map(e -> e.name() + " status").collect(Collectors.joining(","));

    @Override
    public String fileName() {
        return "grade.csv";
    }

    @Override
    public void write(GradeReport report, Writer out) throws IOException {
        out.write(HEADER + "\n" + row(report) + "\n");
        out.flush();
    }

    /**
     * The gradebook row of {@code report}, without line end.
     *
     * @throws IllegalArgumentException when an exercise appears twice in the report
     */
    public static String row(GradeReport report) {
        Map<Exercise, ExerciseResult> byExercise = new EnumMap<>(Exercise.class);
        for (ExerciseResult e : report.exercises()) {
            if (byExercise.put(e.exercise(), e) != null) {
                throw new IllegalArgumentException(e.exercise() + " appears twice in the report of "
                        + report.submission());
            }
        }
        StringBuilder b = new StringBuilder(quote(report.submission()));
        for (Exercise x : Exercise.values()) {
            ExerciseResult e = byExercise.get(x);
            b.append(',').append(e == null ? "" : Points.format(e.points()));
        }
        b.append(',').append(Points.format(report.points())).append(',').append(Points.format(report.maxPoints()));
        for (Exercise x : Exercise.values()) {
            ExerciseResult e = byExercise.get(x);
            b.append(',').append(e == null ? "" : e.outcome());
        }
        return b.toString();
    }

    /** {@code fields} as one RFC 4180 record (each {@link #quote quoted} as needed), without line end. */
    public static String record(List<String> fields) {
        return String.join(",", fields.stream().map(CsvWriter::quote).toList());
    }

    /** {@code field} as an RFC 4180 field: in double quotes, inner quotes doubled, when it holds , " CR or LF. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * The fields of one RFC 4180 record (quoted fields may hold commas, doubled quotes and line breaks). One trailing
     * line end (LF or CR LF) is ignored.
     *
     * @throws IllegalArgumentException for a quote inside an unquoted field, text after a closing quote, an
     *                                  unterminated quoted field, or a line break outside quotes (a second record)
     */
    public static List<String> parseRow(String line) {
        String s = line.endsWith("\r\n") ? line.substring(0, line.length() - 2)
                : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < s.length() && s.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= s.length()) {
                        throw new IllegalArgumentException("unterminated quoted field " + (fields.size() + 1)
                                + " in CSV row: " + s);
                    }
                    char c = s.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < s.length() && s.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < s.length() && s.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after the closing quote of field " + (fields.size() + 1)
                            + " at index " + i + " in CSV row: " + s);
                }
            } else {
                while (i < s.length() && s.charAt(i) != ',') {
                    char c = s.charAt(i);
                    if (c == '"' || c == '\r' || c == '\n') {
                        throw new IllegalArgumentException((c == '"' ? "quote inside unquoted field "
                                : "line break outside quotes in field ") + (fields.size() + 1) + " at index " + i
                                + " in CSV row: " + s);
                    }
                    field.append(c);
                    i++;
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= s.length()) {
                return fields;
            }
            i++; // the comma
        }
    }
}
