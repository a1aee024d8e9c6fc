package dlecon.grading.canvas;

import dlecon.api.Exercise;
import dlecon.grading.report.CsvWriter;
import dlecon.grading.report.Points;
import dlecon.grading.roster.ClassGrades;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code canvas.csv} for Canvas's gradebook import (Grades, Import), laid out as its importer reads a file: the header
 * {@code Student, ID, SIS User ID, SIS Login ID, Section} (the importer refuses any other start as "Invalid header
 * row"), then one column per graded exercise named "E1 Gradient descent and SGD" and so on (Canvas matches an
 * assignment of that exact title, or offers to create it); a {@code Points Possible} row with each exercise's maximum;
 * one row per roster student, matched by Canvas on the user {@code ID} first. No total column: Canvas computes totals
 * and would take a "Total" column for a new assignment. Points are written with a decimal point and no grouping;
 * fields are quoted as RFC 4180 asks.
 */
public final class CanvasCsv {

    /** The file name inside the batch output folder. */
    public static final String FILE = "canvas.csv";

    /** The student columns, in the importer's order. */
    public static final List<String> STUDENT_COLUMNS = List.of("Student", "ID", "SIS User ID", "SIS Login ID",
            "Section");

    private CanvasCsv() {
    }

    /** The assignment column of {@code e}: "E1 Gradient descent and SGD". */
    public static String assignment(Exercise e) {
        return e.name() + " " + e.title();
    }

    /** The file's lines, without line ends. */
    public static List<String> lines(ClassGrades grades) {
        Map<Exercise, Double> max = grades.maxPoints();
        List<String> out = new ArrayList<>();
        List<String> header = new ArrayList<>(STUDENT_COLUMNS);
        max.keySet().forEach(e -> header.add(assignment(e)));
        out.add(CsvWriter.record(header));
        List<String> possible = new ArrayList<>(List.of("Points Possible", "", "", "", ""));
        max.values().forEach(p -> possible.add(Points.format(p)));
        out.add(CsvWriter.record(possible));
        for (ClassGrades.Row r : grades.rows()) {
            List<String> f = new ArrayList<>(List.of(r.student().name(), r.student().id(), r.student().sisId(),
                    r.student().sisLogin(), r.student().section()));
            max.keySet().forEach(e -> f.add(Points.format(r.points().get(e))));
            out.add(CsvWriter.record(f));
        }
        return out;
    }
}
