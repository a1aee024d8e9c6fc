package dlecon.grading.moodle;

import dlecon.api.Exercise;
import dlecon.grading.report.CsvWriter;
import dlecon.grading.report.Points;
import dlecon.grading.roster.ClassGrades;
import dlecon.grading.roster.Roster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code moodle.csv} for Moodle's grade import (Grades, Import, CSV file; separator comma, encoding UTF-8). Moodle
 * identifies a student by the column the teacher maps ("Map from") to a user field ("Map to"): the file has
 * {@code User id} (the roster's {@code id}, Moodle's user id) and, when the roster has them, {@code Username}
 * ({@code sis_login}), {@code ID number} ({@code sis_id}) and {@code Email address}; then one column per graded exercise,
 * "E1 Gradient descent and SGD" and so on, mapped to grade items. No total or maximum column (the course total cannot
 * be imported, and a "Total" item would count the points twice). A new grade item's maximum is 100 and Moodle aborts
 * the whole import on a value above an item's maximum: with {@code scale} &gt; 0 every exercise is written as a share
 * of {@code scale} (e.g. 100: percent), else as points. Every row has the header's number of fields, a decimal point
 * and no grouping.
 */
public final class MoodleCsv {

    /** The file name inside the batch output folder. */
    public static final String FILE = "moodle.csv";

    /** A new Moodle grade item's maximum grade. */
    public static final double NEW_ITEM_MAXIMUM = 100;

    private MoodleCsv() {
    }

    /** The file's lines, without line ends; {@code scale} 0 for points. */
    public static List<String> lines(ClassGrades grades, double scale) {
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("--scale must be a number >= 0 (0: points), not " + scale);
        }
        Map<String, Function<Roster.Student, String>> identity = new LinkedHashMap<>();
        identity.put("User id", Roster.Student::id);
        identity.put("Username", Roster.Student::sisLogin);
        identity.put("ID number", Roster.Student::sisId);
        identity.put("Email address", Roster.Student::email);
        identity.entrySet().removeIf(c -> !c.getKey().equals("User id")
                && grades.rows().stream().allMatch(r -> c.getValue().apply(r.student()).isEmpty()));
        Map<Exercise, Double> max = grades.maxPoints();
        List<String> out = new ArrayList<>();
        List<String> header = new ArrayList<>(identity.keySet());
        max.keySet().forEach(e -> header.add(e.name() + " " + e.title()));
        out.add(CsvWriter.record(header));
        for (ClassGrades.Row r : grades.rows()) {
            List<String> f = new ArrayList<>();
            identity.values().forEach(get -> f.add(get.apply(r.student())));
            max.forEach((e, m) -> f.add(Points.format(scale > 0 ? r.points().get(e) / m * scale
                    : r.points().get(e))));
            out.add(CsvWriter.record(f));
        }
        return out;
    }

    /** The exercises whose values exceed a new grade item's maximum of 100 in this file (points, no scale). */
    public static List<Exercise> overNewItemMaximum(ClassGrades grades, double scale) {
        return grades.maxPoints().entrySet().stream().filter(e -> (scale > 0 ? scale : e.getValue())
                > NEW_ITEM_MAXIMUM).map(Map.Entry::getKey).toList();
    }
}
