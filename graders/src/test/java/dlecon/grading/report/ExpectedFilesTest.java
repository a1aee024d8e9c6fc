package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.grading.model.GradeReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every writer's output for {@link ReportFixture#report()} equals its committed file under
 * {@code src/test/resources/dlecon/grading/report/expected/}, byte for byte. After an intended change, regenerate the
 * files with {@code mvn -o -q test -pl graders -Dtest='dlecon.grading.report.ExpectedFilesTest'
 * -Dupdate.expected=true}, review the diff, and commit them.
 */
class ExpectedFilesTest {

    /** Set to rewrite the expected files from the current writers instead of comparing. */
    private static final boolean UPDATE = Boolean.getBoolean("update.expected");

    /** The source folder of the expected files (surefire sets basedir to the module directory). */
    private static final Path DIR = Path.of(System.getProperty("basedir", "."))
            .resolve("src/test/resources/dlecon/grading/report/expected");

    static Stream<Arguments> outputs() {
        GradeReport report = ReportFixture.report();
        List<Arguments> list = new ArrayList<>();
        for (ReportWriter w : Reports.writers(report)) {
            list.add(Arguments.of(w.fileName(), Reports.toString(w, report)));
        }
        list.add(Arguments.of("console.txt", new ConsoleWriter().format(report)));
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void outputEqualsTheCommittedFile(String fileName, String content) throws IOException {
        Path file = DIR.resolve(fileName);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
        assertThat(file).as("expected file; regenerate with -Dupdate.expected=true").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(content);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void writersAreDeterministicAndUseLineFeedsOnly() {
        for (ReportWriter w : Reports.writers(ReportFixture.report())) {
            String first = Reports.toString(w, ReportFixture.report());
            assertThat(Reports.toString(w, ReportFixture.report())).as(w.fileName()).isEqualTo(first);
            assertThat(first).as(w.fileName()).doesNotContain("\r").endsWith("\n");
        }
        ConsoleWriter console = new ConsoleWriter();
        assertThat(console.format(ReportFixture.report())).isEqualTo(console.format(ReportFixture.report()))
                .doesNotContain("\r");
    }

    @Test
    void writeAllWritesTheFourFilesAndASuiteFilePerExerciseInUtf8(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("out/reports");
        List<Path> written = Reports.writeAll(ReportFixture.report(), dir);

        assertThat(written).extracting(p -> dir.relativize(p).toString())
                .containsExactly("results.json", "summary.md", "junit.xml", "grade.csv",
                        "junit/TEST-E1.xml", "junit/TEST-E2.xml", "junit/TEST-E3.xml", "junit/TEST-E4.xml",
                        "junit/TEST-E5.xml", "junit/TEST-E6.xml");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(10);
        }
        for (ReportWriter w : Reports.writers(ReportFixture.report())) {
            assertThat(Files.readAllBytes(dir.resolve(w.fileName()))).as(w.fileName())
                    .isEqualTo(Reports.toString(w, ReportFixture.report()).getBytes(StandardCharsets.UTF_8));
        }
        // a second run replaces the files with identical bytes
        byte[] before = Files.readAllBytes(dir.resolve("summary.md"));
        Reports.writeAll(ReportFixture.report(), dir);
        assertThat(Files.readAllBytes(dir.resolve("summary.md"))).isEqualTo(before);
    }
}
