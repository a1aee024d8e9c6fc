package dlecon.grading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade} end to end: reference full marks, template 0, identical regrades, clear usage errors. */
class GradeCommandTest {

    private static final List<String> FILES = List.of("results.json", "summary.md", "junit.xml",
            "grade.csv", "junit/TEST-E1.xml", "junit/TEST-E2.xml", "junit/TEST-E3.xml", "junit/TEST-E4.xml",
            "junit/TEST-E5.xml", "junit/TEST-E6.xml", "junit/TEST-E7.xml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void referenceScoresFullMarksInEveryReport(@TempDir Path out) throws IOException {
        assertThat(Main.run("grade", "reference", "--out", out.toString())).isZero();
        assertThat(FILES).allSatisfy(f -> assertThat(out.resolve(f)).isNotEmptyFile());
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        double max = 0;
        for (JsonNode t : results.get("tests")) {
            assertThat(t.get("name").asText()).matches("E[1-7] .+");
            assertThat(t.get("status").asText()).isEqualTo("passed");
            max += t.get("max_score").asDouble();
        }
        assertThat(results.get("tests").size()).isGreaterThanOrEqualTo(35);
        assertThat(results.get("score").asDouble()).isEqualTo(max);
        List<String> csv = Files.readAllLines(out.resolve("grade.csv"));
        String total = csv.get(1).split(",")[8];
        assertThat(csv.get(1)).startsWith("reference,")
                .endsWith("," + total + "," + total + ",graded,graded,graded,graded,graded,graded,graded");
    }

    @Test
    void templateScoresZeroInEveryExercise(@TempDir Path out) throws IOException {
        assertThat(Main.run("grade", "student-template", "--out", out.toString())).isZero();
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("tests")).allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("failed"));
        assertThat(Files.readAllLines(out.resolve("grade.csv")).get(1))
                .matches("student-template,0,0,0,0,0,0,0,0,[0-9.]+(,graded){7}");
    }

    @Test
    void sameSubmissionGradedTwiceGivesIdenticalFilesApartFromTimings(@TempDir Path tmp) throws IOException {
        for (String run : List.of("a", "b")) {
            assertThat(Main.run("grade", "reference", "--exercise", "E2,E5", "--out", tmp.resolve(run).toString()))
                    .isZero();
        }
        List<String> files = files(tmp.resolve("a"));
        assertThat(files).containsExactlyElementsOf(files(tmp.resolve("b")))
                .contains("junit/TEST-E2.xml", "junit/TEST-E5.xml").doesNotContain("junit/TEST-E1.xml");
        for (String f : files) {
            assertThat(CliFixtures.withoutTimings(tmp.resolve("b").resolve(f))).as(f)
                    .isEqualTo(CliFixtures.withoutTimings(tmp.resolve("a").resolve(f)));
        }
    }

    /** The regular files below {@code dir}, relative, sorted. */
    private static List<String> files(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted()
                    .toList();
        }
    }

    @Test
    void publicVisibilityRunsOnlyPublicTests(@TempDir Path out) throws IOException {
        assertThat(Main.run("grade", "reference", "--exercise", "E4", "--visibility", "public", "--out",
                out.toString())).isZero();
        JsonNode tests = JSON.readTree(out.resolve("results.json").toFile()).get("tests");
        assertThat(tests).isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("visibility").asText()).isEqualTo("visible"));
    }

    @Test
    void aZipIsGradedLikeItsFolderAndAPlainFileIsAUsageError(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("dave.zip");
        Path solutions = CliFixtures.ROOT.resolve("reference/src/main/java");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
             java.util.stream.Stream<Path> files = Files.walk(solutions)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new java.util.zip.ZipEntry("src/main/java/"
                        + solutions.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        assertThat(Main.run("grade", zip.toString(), "--exercise", "E2", "--out", tmp.resolve("out").toString()))
                .isZero();
        List<String> csv = Files.readAllLines(tmp.resolve("out/grade.csv"));
        assertThat(csv.get(1)).startsWith("dave,");
        String total = csv.get(1).split(",")[8];
        assertThat(csv.get(1)).endsWith("," + total + "," + total + ",,graded,,,,,");
        Path text = Files.writeString(tmp.resolve("notes.txt"), "hello");
        assertThat(Main.run("grade", text.toString())).isEqualTo(2);
    }

    @Test
    void usageErrorsExitWithTwoAndNeverWithZero(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertThat(Main.run("grade", "reference", "--out", file.toString())).isEqualTo(2);
        assertThat(Main.run("grade", "reference", "--memory", "16")).isEqualTo(2);
        assertThat(Main.run("grade", "reference", "--budget", "0")).isEqualTo(2);
        assertThat(Main.run("grade-batch", tmp.resolve("missing").toString(), "--out", tmp.resolve("o").toString()))
                .isEqualTo(2);
        assertThat(Main.run("grade-batch", file.toString(), "--out", tmp.resolve("o").toString())).isEqualTo(2);
        assertThat(Main.run("grade-batch", tmp.toString(), "--out", file.toString())).isEqualTo(2);
        assertThat(Main.run("grade", tmp.resolve("missing").toString())).isEqualTo(2);
        assertThat(Main.run("grade", "reference", "--exercise", "E9")).isEqualTo(2);
        assertThat(Main.run("grade", "reference", "--visibility", "some")).isEqualTo(2);
        assertThat(Main.run("grade")).isEqualTo(2);
    }

    @Test
    void compileErrorCostsOnlyItsExercise(@TempDir Path tmp) throws IOException {
        Path sub = tmp.resolve("eve");
        CliFixtures.copySolutions("reference", sub);
        Path broken = sub.resolve("src/main/java/dlecon/solution/e2/PerceptronSolution.java");
        Files.writeString(broken, Files.readString(broken) + "\nclass Broken { int x = ; }\n");
        Path out = tmp.resolve("out");
        assertThat(Main.run("grade", sub.toString(), "--exercise", "E1,E2", "--out", out.toString())).isZero();
        String csv = Files.readAllLines(out.resolve("grade.csv")).get(1);
        assertThat(csv).isEqualTo("eve,16,0,,,,,,16,32,graded,compile error,,,,,");
        assertThat(Files.readString(out.resolve("summary.md"))).contains("PerceptronSolution.java:");
    }
}
