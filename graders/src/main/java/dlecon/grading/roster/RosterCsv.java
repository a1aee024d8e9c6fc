package dlecon.grading.roster;

import dlecon.api.Exercise;
import dlecon.grading.report.CsvWriter;
import dlecon.grading.report.Points;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code roster-gradebook.csv}: the gradebook in roster order with the roster's identities, for any spreadsheet or LMS
 * without an importer of its own: {@code login, name, id, sis_id, sis_login, email, section}, the points of each graded
 * exercise, total, max, then each exercise's status ({@code not submitted} for a roster student the batch did not
 * grade).
 */
public final class RosterCsv {

    /** The file name inside the batch output folder. */
    public static final String FILE = "roster-gradebook.csv";

    private RosterCsv() {
    }

    /** The file's lines, without line ends. */
    public static List<String> lines(ClassGrades grades) {
        List<String> out = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("login", "name", "id", "sis_id", "sis_login", "email",
                "section"));
        grades.maxPoints().keySet().forEach(e -> header.add(e.name()));
        header.addAll(List.of("total", "max"));
        grades.maxPoints().keySet().forEach(e -> header.add(e.name() + " status"));
        out.add(CsvWriter.record(header));
        for (ClassGrades.Row r : grades.rows()) {
            Roster.Student s = r.student();
            List<String> f = new ArrayList<>(List.of(s.login(), s.name(), s.id(), s.sisId(), s.sisLogin(),
                    s.email(), s.section()));
            for (Exercise e : grades.maxPoints().keySet()) {
                f.add(Points.format(r.points().get(e)));
            }
            f.add(Points.format(r.total()));
            f.add(Points.format(grades.total()));
            grades.maxPoints().keySet().forEach(e -> f.add(r.status().get(e)));
            out.add(CsvWriter.record(f));
        }
        return out;
    }
}
