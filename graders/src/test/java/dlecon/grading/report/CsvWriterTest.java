package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.Exercise;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestStatus;
import dlecon.grading.model.Timings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void headerNamesEveryExercise() {
        assertThat(CsvWriter.HEADER).isEqualTo("student,E1,E2,E3,E4,E5,E6,E7,total,max,"
                + "E1 status,E2 status,E3 status,E4 status,E5 status,E6 status,E7 status");
    }

    @Test
    void rowHasPointsPerExerciseAndEmptyCellsForExercisesNotInTheRun() {
        assertThat(CsvWriter.row(ReportFixture.report()))
                .isEqualTo("\"alice, \"\"the\"\" student\",3.33,0,4,0,2.5,0,,9.83,30.5,"
                        + "graded,compile error,timed out,not submitted,graded,refused,");
        assertThat(Reports.toString(new CsvWriter(), ReportFixture.report()))
                .isEqualTo(CsvWriter.HEADER + "\n" + CsvWriter.row(ReportFixture.report()) + "\n");
    }

    @Test
    void rowRoundTripsThroughParseRow() {
        GradeReport report = ReportFixture.report();
        List<String> fields = CsvWriter.parseRow(CsvWriter.row(report));
        assertThat(fields).containsExactly("alice, \"the\" student", "3.33", "0", "4", "0", "2.5", "0", "", "9.83",
                "30.5", "graded", "compile error", "timed out", "not submitted", "graded", "refused", "");
        assertThat(CsvWriter.parseRow(CsvWriter.HEADER)).hasSize(17).startsWith("student").contains("total", "max")
                .endsWith("E7 status");
        for (String id : List.of("plain", "", "a,b", "say \"hi\"", "two\nlines", "cr\r\nlf", "\"", ",,", " spaced ")) {
            String row = CsvWriter.quote(id) + "," + CsvWriter.quote(id);
            assertThat(CsvWriter.parseRow(row)).as(id).containsExactly(id, id);
        }
    }

    @Test
    void quotesOnlyWhenNeeded() {
        assertThat(CsvWriter.quote("alice")).isEqualTo("alice");
        assertThat(CsvWriter.quote("a b")).isEqualTo("a b");
        assertThat(CsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(CsvWriter.quote("a\nb")).isEqualTo("\"a\nb\"");
    }

    @Test
    void parseRowHandlesEmptyFieldsAndOneTrailingLineEnd() {
        assertThat(CsvWriter.parseRow("")).containsExactly("");
        assertThat(CsvWriter.parseRow(",")).containsExactly("", "");
        assertThat(CsvWriter.parseRow("a,,\"\"")).containsExactly("a", "", "");
        assertThat(CsvWriter.parseRow("a,b\r\n")).containsExactly("a", "b");
        assertThat(CsvWriter.parseRow("a,\"b\nc\"\n")).containsExactly("a", "b\nc");
    }

    @Test
    void parseRowRejectsMalformedRecords() {
        assertThatThrownBy(() -> CsvWriter.parseRow("a,\"b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated quoted field 2");
        assertThatThrownBy(() -> CsvWriter.parseRow("\"a\"x,b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text after the closing quote of field 1");
        assertThatThrownBy(() -> CsvWriter.parseRow("a,b\"c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quote inside unquoted field 2");
        assertThatThrownBy(() -> CsvWriter.parseRow("a\nb,c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break outside quotes");
    }

    @Test
    void rowRejectsAnExerciseGradedTwice() {
        ExerciseResult e = new ExerciseResult(Exercise.E1, dlecon.grading.model.ExerciseStatus.GRADED, List.of(),
                List.of(ReportFixture.pub(Exercise.E1, "a", "a", 1, 1, TestStatus.PASSED, null, "", 0, 0)),
                Timings.ZERO);
        List<ExerciseResult> twice = new ArrayList<>(List.of(e, e));
        assertThatThrownBy(() -> CsvWriter.row(new GradeReport("s", 0, "process", twice, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E1 appears twice");
    }
}
