package dlecon.reference.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void writesHeaderThenRows() {
        assertThat(CsvWriter.format(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3", "4"))))
                .isEqualTo("a,b\n1,2\n3,4\n");
        assertThat(CsvWriter.format(List.of("a"), List.of())).isEqualTo("a\n");
    }

    @Test
    void quotesOnlyWhereNeeded() {
        assertThat(CsvWriter.field("plain text")).isEqualTo("plain text");
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.format(List.of("x,y"), List.of(List.of("q\"")))).isEqualTo("\"x,y\"\n\"q\"\"\"\n");
    }

    @Test
    void numbersRoundTrip() {
        for (double x : new double[] {0.1, 1.0 / 3, 9.079164490792269E-4, -2.5e-300, 0}) {
            assertThat(Double.parseDouble(CsvWriter.number(x))).isEqualTo(x);
        }
        assertThat(CsvWriter.number(Double.NaN)).isEqualTo("NaN");
        assertThat(CsvWriter.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void rejectsRaggedRowsAndEmptyHeaders() {
        assertThatThrownBy(() -> CsvWriter.format(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 fields").hasMessageContaining(
                        "2");
        assertThatThrownBy(() -> CsvWriter.format(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTheFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.csv");
        CsvWriter.write(f, List.of("k", "v"), List.of(List.of("x", CsvWriter.number(0.5))));
        assertThat(Files.readString(f)).isEqualTo("k,v\nx,0.5\n");
    }
}
