package dlecon.grading.cli;

import dlecon.api.Exercise;
import dlecon.grading.batch.Gradebook;
import dlecon.grading.canvas.CanvasCsv;
import dlecon.grading.moodle.MoodleCsv;
import dlecon.grading.roster.ClassGrades;
import dlecon.grading.roster.Roster;
import dlecon.grading.roster.RosterCsv;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options {@code --roster FILE --format canvas|moodle|csv [--scale N]} of {@code grade-batch} and
 * {@code grade-batch export}, and the export itself: the gradebook joined with the roster
 * ({@link ClassGrades}) written in the LMS's layout beside {@code gradebook.csv}, and every submission without a roster
 * entry named on the console and in {@code unrostered.txt} (never dropped in silence).
 */
final class LmsExport {

    /** Lists the submissions the roster does not name; absent when there are none. */
    static final String UNROSTERED = "unrostered.txt";

    @Option(names = "--roster", paramLabel = "FILE", description = "Class roster (CSV: login, name, id, section, "
            + "sis_login or email) mapping submissions to LMS users; needs --format.")
    Path roster;

    @Option(names = "--format", paramLabel = "canvas|moodle|csv", description = "LMS export next to gradebook.csv: "
            + "canvas.csv, moodle.csv or roster-gradebook.csv; needs --roster.")
    String format;

    @Option(names = "--scale", defaultValue = "0", paramLabel = "N", description = "Moodle: each exercise as a share "
            + "of N (100: percent) instead of points; 0 (default): points.")
    double scale;

    /** True when an export was asked for; checks that roster and format come together and the format is known. */
    boolean requested() {
        if ((roster == null) != (format == null)) {
            throw new UsageError("--roster and --format go together (e.g. --roster class.csv --format canvas)");
        }
        if (format != null && !List.of("canvas", "moodle", "csv").contains(format.toLowerCase(Locale.ROOT))) {
            throw new UsageError("--format must be canvas, moodle or csv, not " + format);
        }
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new UsageError("--scale must be a number >= 0 (0: points), not " + scale);
        }
        if (roster != null && !Files.isRegularFile(roster)) {
            throw new UsageError("--roster " + roster + ": no such file");
        }
        return roster != null;
    }

    /** Writes the export of {@code book} into {@code out}; returns the file written. */
    Path write(Gradebook book, Map<Exercise, Double> maxPoints, Path out, PrintStream console) throws IOException {
        ClassGrades grades;
        try {
            grades = ClassGrades.join(book, Roster.read(roster), maxPoints);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        String kind = format.toLowerCase(Locale.ROOT);
        List<String> lines = switch (kind) {
            case "canvas" -> CanvasCsv.lines(grades);
            case "moodle" -> MoodleCsv.lines(grades, scale);
            default -> RosterCsv.lines(grades);
        };
        Path file = out.resolve(switch (kind) {
            case "canvas" -> CanvasCsv.FILE;
            case "moodle" -> MoodleCsv.FILE;
            default -> RosterCsv.FILE;
        });
        Files.createDirectories(out);
        Files.write(file, lines, StandardCharsets.UTF_8);
        long missing = grades.rows().stream()
                .filter(r -> r.status().values().stream().allMatch(ClassGrades.NOT_SUBMITTED::equals)).count();
        console.println("Wrote " + file.toAbsolutePath() + ": " + grades.rows().size() + " roster student(s), "
                + missing + " without a submission (0 points)");
        Path unrostered = out.resolve(UNROSTERED);
        Files.deleteIfExists(unrostered);
        if (!grades.unrostered().isEmpty()) {
            Files.write(unrostered, grades.unrostered(), StandardCharsets.UTF_8);
            console.println("WARNING: " + grades.unrostered().size() + " graded submission(s) have no roster entry "
                    + "and are not in " + file.getFileName() + ": " + String.join(", ", grades.unrostered())
                    + " (listed in " + unrostered.toAbsolutePath() + "; add them to the roster)");
        }
        if (kind.equals("moodle")) {
            List<Exercise> over = MoodleCsv.overNewItemMaximum(grades, scale);
            if (!over.isEmpty()) {
                console.println("Note: " + over + " can exceed 100, the maximum of a new Moodle grade item: create "
                        + "the items with their maximum first, or export with --scale 100");
            }
        }
        return file;
    }
}
