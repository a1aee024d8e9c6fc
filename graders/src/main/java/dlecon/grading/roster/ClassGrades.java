package dlecon.grading.roster;

import dlecon.api.Exercise;
import dlecon.grading.batch.Gradebook;
import dlecon.grading.report.Points;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch's gradebook joined with a roster, the input of every LMS export: one row per roster student in roster order
 * (a student the gradebook does not list scores 0 in every exercise, status "not submitted"), and the gradebook's
 * students the roster does not name, which no export may drop silently.
 *
 * @param maxPoints  the points available per graded exercise, in exercise order
 * @param rows       one per roster student
 * @param unrostered gradebook students without a roster entry, sorted
 */
public record ClassGrades(Map<Exercise, Double> maxPoints, List<Row> rows, List<String> unrostered) {

    /** The status of a roster student without a submission. */
    public static final String NOT_SUBMITTED = "not submitted";

    /**
     * One roster student's grades.
     *
     * @param student the roster entry
     * @param points  points per graded exercise
     * @param status  the gradebook's status per graded exercise
     */
    public record Row(Roster.Student student, Map<Exercise, Double> points, Map<Exercise, String> status) {

        /** Points over the graded exercises. */
        public double total() {
            return points.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    public ClassGrades {
        maxPoints = new LinkedHashMap<>(maxPoints);
        rows = List.copyOf(rows);
        unrostered = List.copyOf(unrostered);
    }

    /** Points available over the graded exercises. */
    public double total() {
        return maxPoints.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * Joins {@code book} with {@code roster}.
     *
     * @param maxPoints the points available per exercise of the run that wrote the gradebook (its plan)
     * @throws IllegalArgumentException when a gradebook row does not fit that plan (an exercise graded that the plan
     *                                  lacks or the reverse, or a maximum other than the plan's: another
     *                                  {@code --visibility} or {@code --exercise}) or holds a cell that is not a
     *                                  number of points
     */
    public static ClassGrades join(Gradebook book, Roster roster, Map<Exercise, Double> maxPoints) {
        Map<Exercise, Double> max = new EnumMap<>(maxPoints);
        double planned = max.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Row> graded = new HashMap<>();
        Exercise[] all = Exercise.values();
        for (List<String> f : book.rows()) {
            String id = f.get(0);
            Map<Exercise, Double> points = new EnumMap<>(Exercise.class);
            Map<Exercise, String> status = new EnumMap<>(Exercise.class);
            for (int i = 0; i < all.length; i++) {
                String cell = f.get(1 + i);
                if (cell.isEmpty() == max.containsKey(all[i])) {
                    throw new IllegalArgumentException("gradebook row of " + id + ": " + all[i] + " is "
                            + (cell.isEmpty() ? "not graded" : "graded") + ", the plan says otherwise (grade and "
                            + "export with the same --exercise)");
                }
                if (!cell.isEmpty()) {
                    points.put(all[i], number(id, all[i].name(), cell));
                    status.put(all[i], f.get(3 + all.length + i));
                }
            }
            double rowMax = number(id, "max", f.get(2 + all.length));
            if (Math.abs(rowMax - planned) > 1e-9 * Math.max(1, planned)) {
                throw new IllegalArgumentException("gradebook row of " + id + ": maximum " + Points.format(rowMax)
                        + ", the plan gives " + Points.format(planned) + " (grade and export with the same "
                        + "--visibility and --exercise)");
            }
            graded.put(id, new Row(null, points, status));
        }
        List<Row> rows = new ArrayList<>();
        for (Roster.Student s : roster.students()) {
            Row g = graded.remove(s.login());
            if (g == null) {
                Map<Exercise, Double> zero = new EnumMap<>(Exercise.class);
                Map<Exercise, String> none = new EnumMap<>(Exercise.class);
                max.keySet().forEach(e -> {
                    zero.put(e, 0.0);
                    none.put(e, NOT_SUBMITTED);
                });
                rows.add(new Row(s, zero, none));
            } else {
                rows.add(new Row(s, g.points(), g.status()));
            }
        }
        return new ClassGrades(max, rows, graded.keySet().stream().sorted().toList());
    }

    private static double number(String id, String column, String cell) {
        try {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v) && v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("gradebook row of " + id + ": " + column + " is '" + cell + "', not a "
                + "number of points");
    }
}
