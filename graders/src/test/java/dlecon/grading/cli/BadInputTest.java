package dlecon.grading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input gets exit code 2 and one line that says what is wrong, never a stack trace: one row per input,
 * checked against the exact message (a message ending in {@code *}: its start, the rest is the JDK's).
 */
class BadInputTest {

    private record Row(List<String> args, String message) {
    }

    private static String[] withTmp(List<String> args, Path tmp) {
        return args.stream().map(a -> a.replace("TMP", tmp.toString())).toArray(String[]::new);
    }

    @Test
    void everyBadInputExitsWithTwoAndOneLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "not a submission");
        Files.createDirectories(tmp.resolve("book"));
        Files.writeString(tmp.resolve("book/gradebook.csv"), dlecon.grading.report.CsvWriter.HEADER + "\n");
        Files.writeString(tmp.resolve("fake.zip"), "not a zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(tmp.resolve("evil.zip")))) {
            z.putNextEntry(new ZipEntry("../evil.java"));
            z.write(1);
            z.closeEntry();
        }
        List<Row> rows = List.of(
                new Row(List.of("grade", "TMP/missing"), "error: submission TMP/missing: no such folder or zip "
                        + "(TMP/missing)"),
                new Row(List.of("grade", "TMP/notes.txt"), "error: submission TMP/notes.txt is a file, not a "
                        + "folder or a .zip (give the folder that holds src/main/java, or a zip of it)"),
                new Row(List.of("grade", "TMP/fake.zip"), "error: submission TMP/fake.zip refused: fake.zip is not a "
                        + "readable zip: *"), // the JDK's own words follow
                new Row(List.of("grade", "TMP/evil.zip"), "error: submission TMP/evil.zip refused: evil.zip: entry "
                        + "../evil.java would be written outside the submission"),
                new Row(List.of("grade", "reference", "--out", "TMP/notes.txt"), "error: --out TMP/notes.txt is a "
                        + "file; give a folder (created if absent)"),
                new Row(List.of("grade", "reference", "--memory", "16"), "error: --memory must be at least 64 MB "
                        + "(the graders need a heap of that much), not 16"),
                new Row(List.of("grade", "reference", "--budget", "0"), "error: --budget must be at least 1 second, "
                        + "not 0"),
                new Row(List.of("grade", "reference", "--exercise", "E9"), "error: unknown exercise E9 (use E1 to "
                        + "E7)"),
                new Row(List.of("grade", "reference", "--visibility", "some"), "error: --visibility must be public "
                        + "or all, not some"),
                new Row(List.of("grade"), "error: missing SUBMISSION (a folder, reference or student-template), or "
                        + "--mutants, or --mutation-analysis"),
                new Row(List.of("grade-batch", "TMP/missing", "--out", "TMP/o"), "error: grade-batch TMP/missing: "
                        + "no such folder"),
                new Row(List.of("grade-batch", "TMP/notes.txt", "--out", "TMP/o"), "error: grade-batch "
                        + "TMP/notes.txt: is a file, not a folder of students"),
                new Row(List.of("grade-batch", "TMP", "--out", "TMP/notes.txt"), "error: --out TMP/notes.txt is a "
                        + "file; give a folder (created if absent)"),
                new Row(List.of("grade-batch", "TMP", "--out", "TMP/o", "--roster", "TMP/notes.txt"), "error: "
                        + "--roster and --format go together (e.g. --roster class.csv --format canvas)"),
                new Row(List.of("grade-batch", "TMP", "--out", "TMP/o", "--roster", "TMP/notes.txt", "--format",
                        "blackboard"), "error: --format must be canvas, moodle or csv, not blackboard"),
                new Row(List.of("grade-batch", "TMP", "--out", "TMP/o", "--roster", "TMP/none.csv", "--format",
                        "canvas"), "error: --roster TMP/none.csv: no such file"),
                new Row(List.of("grade-batch", "export", "TMP", "--roster", "TMP/notes.txt", "--format", "csv"),
                        "error: grade-batch export TMP: no gradebook.csv there (give the --out folder of grade-batch "
                                + "or grade-batch merge)"),
                new Row(List.of("grade-batch", "export", "TMP/book", "--roster", "TMP/notes.txt", "--format", "csv"),
                        "error: roster TMP/notes.txt: the header lacks the column(s) login, name, id, section, "
                                + "sis_login or email (it has: not a submission)"),
                new Row(List.of("grade-batch", "export", "TMP/book", "--format", "csv"), "error: --roster and "
                        + "--format go together (e.g. --roster class.csv --format canvas)"));
        PrintStream saved = System.err;
        try {
            for (Row r : rows) {
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                int exit = Main.run(withTmp(r.args(), tmp));
                System.setErr(saved);
                String text = err.toString(StandardCharsets.UTF_8).strip();
                assertThat(exit).as(String.join(" ", r.args())).isEqualTo(2);
                String expected = r.message().replace("TMP", tmp.toString());
                if (expected.endsWith("*")) {
                    assertThat(text).as(String.join(" ", r.args())).startsWith(expected.substring(0,
                            expected.length() - 1)).doesNotContain("\n");
                } else {
                    assertThat(text).as(String.join(" ", r.args())).isEqualTo(expected);
                }
            }
        } finally {
            System.setErr(saved);
        }
    }
}
