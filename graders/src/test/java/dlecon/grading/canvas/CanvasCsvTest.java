package dlecon.grading.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.report.CsvWriter;
import dlecon.grading.roster.ClassGrades;
import dlecon.grading.roster.RosterFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code canvas.csv} obeys the rules of Canvas's gradebook importer ({@code app/models/gradebook_importer.rb} of
 * instructure/canvas-lms), restated here as checks: the header's student columns (row length over 3, "Student" in the
 * first, "ID" in the second, then "SIS Login ID" or "SIS User ID" followed by "SIS Login ID", and "Section" last, else
 * "Invalid header row"), a row whose first cell holds "Points Possible", assignment columns that the importer neither
 * drops as totals (its {@code NON_ASSIGNMENT_COLUMN_HEADERS}, matched anywhere in the name) nor reads as
 * "Title (id)", and scores it reads as numbers (a decimal point, no grouping: it takes the last comma or point for the
 * decimal separator). Students are matched by the Canvas user id.
 */
class CanvasCsvTest {

    /** Headers the importer drops as totals, matched anywhere in a column name. */
    private static final List<String> NON_ASSIGNMENT = List.of("Current Score", "Current Points", "Current Grade",
            "Final Score", "Final Points", "Final Grade", "Override Score", "Override Grade", "Override Status");
    /** The importer's "Title (123)" pattern of an assignment column that names its id. */
    private static final Pattern TITLE_AND_ID = Pattern.compile("\\A(.*)\\s\\((\\d+)\\)\\z");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @TempDir
    Path tmp;

    /** The number of student-info columns as the importer counts them, or -1 for "Invalid header row". */
    private static int studentColumns(List<String> row) {
        if (!(row.size() > 3 && row.get(0).contains("Student") && row.get(1).contains("ID"))) {
            return -1;
        }
        int n = 3;
        if (Pattern.compile("SIS\\s+Login\\s+ID").matcher(row.get(2)).find()) {
            n += 1;
        } else if (Pattern.compile("SIS\\s+User\\s+ID").matcher(row.get(2)).find()
                && Pattern.compile("SIS\\s+Login\\s+ID").matcher(row.get(3)).find()) {
            n += 2;
        }
        return row.get(n - 1).contains("Section") ? n : -1;
    }

    @Test
    void theImportersRulesHold() throws IOException {
        ClassGrades g = RosterFixture.grades(tmp);
        List<List<String>> rows = CanvasCsv.lines(g).stream().map(CsvWriter::parseRow).toList();
        List<String> header = rows.get(0);
        int info = studentColumns(header);
        assertThat(info).as("a header the importer accepts").isEqualTo(5);
        List<String> assignments = header.subList(info, header.size());
        assertThat(assignments).containsExactly("E1 Gradient descent and SGD", "E2 Perceptron");
        assertThat(assignments).allSatisfy(a -> {
            assertThat(NON_ASSIGNMENT).noneMatch(a::contains);
            assertThat(TITLE_AND_ID.matcher(a).matches()).isFalse();
        });
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSameSizeAs(header));
        assertThat(rows.get(1).get(0)).contains("Points Possible");
        assertThat(rows.get(1).subList(info, header.size())).containsExactly("16", "16");
        List<List<String>> students = rows.subList(2, rows.size());
        assertThat(students).extracting(r -> r.get(1)).as("Canvas user ids").containsExactly("101", "102", "103",
                "104");
        assertThat(students).allSatisfy(r -> assertThat(r.subList(info, r.size()))
                .allSatisfy(v -> assertThat(v).matches(NUMBER)));
        assertThat(students.get(0)).containsExactly("Doe, Alice \"Ali\"", "101", "", "adoe", "A", "16", "16");
        assertThat(students.get(2).subList(info, header.size())).containsExactly("0", "12.5");
        assertThat(students.get(3)).as("no submission: 0").containsExactly("Erin Moe", "104", "", "emoe", "B", "0",
                "0");
    }

    @Test
    void theCheckerRefusesWhatTheImporterRefuses() {
        assertThat(studentColumns(List.of("Student", "ID", "SIS User ID", "Section", "E1"))).as("SIS User ID alone")
                .isEqualTo(-1);
        assertThat(studentColumns(List.of("Name", "ID", "Section", "E1"))).isEqualTo(-1);
        assertThat(studentColumns(List.of("Student", "ID", "Section", "E1"))).isEqualTo(3);
        assertThat(CanvasCsv.assignment(Exercise.E7)).isEqualTo("E7 Growth models (Deep Equilibrium Nets)")
                .doesNotMatch(TITLE_AND_ID);
    }
}
