package dlecon.reference.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownWriterTest {

    @Test
    void alignsColumnsWithARule() {
        MarkdownTable t = new MarkdownTable("", List.of("n", "error"), List.of(List.of("10", "0.5"),
                List.of("500", "0.0025")));
        assertThat(MarkdownWriter.table(t)).isEqualTo("""
                | n   | error  |
                | --- | ------ |
                | 10  | 0.5    |
                | 500 | 0.0025 |
                """);
    }

    @Test
    void captionAndEscapes() {
        MarkdownTable t = new MarkdownTable("Caption:", List.of("a|b"), List.of(List.of("x\ny")));
        assertThat(MarkdownWriter.table(t)).isEqualTo("Caption:\n\n| a\\|b |\n| ---- |\n| x y  |\n");
    }

    @Test
    void tableRejectsRaggedRows() {
        assertThatThrownBy(() -> new MarkdownTable("", List.of("a", "b"), List.of(List.of("1", "2", "3"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 cells");
        assertThatThrownBy(() -> new MarkdownTable("", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summaryHasASectionPerPartWithTimesSettingsTablesAndFiles(@TempDir Path dir) throws IOException {
        MarkdownTable t = new MarkdownTable("", List.of("x"), List.of(List.of("1")));
        List<TimedReport> parts = List.of(
                new TimedReport(new PartReport("First", "s1", List.of(t), List.of("a.csv", "a.png")), 1.25),
                new TimedReport(new PartReport("Second", "s2", List.of(), List.of()), 2.0));
        Path f = dir.resolve("summary.md");
        MarkdownWriter.writeSummary(f, "quick", parts);
        assertThat(Files.readString(f)).isEqualTo("""
                # Reference run

                Mode: quick

                ## First

                Wall time: 1.3 s

                Settings: s1

                | x   |
                | --- |
                | 1   |

                Files: `a.csv`, `a.png`

                ## Second

                Wall time: 2.0 s

                Settings: s2

                Total wall time of the parts: 3.3 s
                """);
    }
}
