package dlecon.grading.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.Exercise;
import dlecon.grading.report.CsvWriter;
import dlecon.grading.roster.ClassGrades;
import dlecon.grading.roster.RosterFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code moodle.csv} obeys the rules of Moodle's CSV grade import ({@code grade/import/csv} and
 * {@code grade/import/lib.php} of moodle/moodle), restated as checks: every row has the header's number of fields,
 * an identity column whose values are unique and never empty (Moodle aborts on a user it cannot find), grades that
 * are numbers with a decimal point, at most 100 (a new grade item's maximum; a larger value aborts the import) when
 * scaled to 100, and no total or maximum column.
 */
class MoodleCsvTest {

    @TempDir
    Path tmp;

    private static void importable(List<List<String>> rows, int identity, double maximum) {
        List<String> header = rows.get(0);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSameSizeAs(header));
        assertThat(header).noneMatch(h -> h.toLowerCase(Locale.ROOT).matches(".*\\b(total|max|maximum)\\b.*"));
        List<String> ids = rows.subList(1, rows.size()).stream().map(r -> r.get(identity)).toList();
        assertThat(ids).doesNotContain("").doesNotHaveDuplicates();
        int firstGrade = (int) header.stream().takeWhile(h -> !h.matches("E\\d .*")).count();
        for (List<String> r : rows.subList(1, rows.size())) {
            for (String v : r.subList(firstGrade, r.size())) {
                assertThat(v).matches("\\d+(\\.\\d+)?");
                assertThat(Double.parseDouble(v)).isBetween(0.0, maximum);
            }
        }
    }

    @Test
    void pointsWithEveryIdentityTheRosterHas() throws IOException {
        ClassGrades g = RosterFixture.grades(tmp);
        List<List<String>> rows = MoodleCsv.lines(g, 0).stream().map(CsvWriter::parseRow).toList();
        assertThat(rows.get(0)).containsExactly("User id", "Username", "Email address", "E1 Gradient descent and SGD",
                "E2 Perceptron");
        importable(rows, 0, 16);
        importable(rows, 1, 16);
        assertThat(rows.get(3)).containsExactly("103", "cpoe", "carol@uni.example", "0", "12.5");
        assertThat(rows.get(4)).as("no submission: 0").containsExactly("104", "emoe", "erin@uni.example", "0", "0");
        assertThat(new HashSet<>(rows.stream().map(r -> r.get(2)).toList())).as("bob has no e-mail").contains("");
        assertThat(MoodleCsv.overNewItemMaximum(g, 0)).isEmpty();
    }

    @Test
    void scaledToAHundredStaysWithinANewItemsMaximum() throws IOException {
        ClassGrades g = RosterFixture.grades(tmp);
        List<List<String>> rows = MoodleCsv.lines(g, 100).stream().map(CsvWriter::parseRow).toList();
        importable(rows, 0, 100);
        assertThat(rows.get(1).subList(3, 5)).containsExactly("100", "100");
        assertThat(rows.get(3).subList(3, 5)).containsExactly("0", "78.13");
        assertThat(MoodleCsv.overNewItemMaximum(g, 100)).isEmpty();
        assertThat(MoodleCsv.overNewItemMaximum(g, 150)).containsExactly(Exercise.E1, Exercise.E2);
        assertThatThrownBy(() -> MoodleCsv.lines(g, Double.NaN)).hasMessageContaining("--scale");
    }
}
