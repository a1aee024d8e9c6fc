package dlecon.grading.prairielearn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlecon.grading.cli.Main;
import dlecon.grading.engine.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PrairieLearn external grader end to end, as PrairieLearn runs it: {@code package-prairielearn} writes the course
 * files; a folder laid out as the grading container's {@code /grade} gets the question's {@code serverFilesCourse}
 * entries and the student's files in {@code student/}; the entrypoint of the question's {@code info.json} runs as a
 * real process (with {@code /grade} moved by {@code PL_GRADE_ROOT}); {@code results/results.json} is then checked
 * against the rules PrairieLearn's grader host and {@code externalGraderCommon.ts}/{@code externalGrader.ts} apply
 * (exit code 0, at most 1 MB, a number in [0, 1] as the score of a gradable result, numeric points on every test so
 * the per-test points show, format errors as strings), and the course files against the question schema's rules
 * (strict external grading options, a timeout of at most 600 s, an entrypoint below {@code /grade}).
 */
class PrairieLearnEndToEndTest {

    private static final Path PROJECT = Path.of(System.getProperty("dlecon.project.root", ".."))
            .toAbsolutePath().normalize();
    private static final Path REFERENCE = PROJECT.resolve("reference/src/main/java/dlecon/solution");
    private static final Path TEMPLATE = PROJECT.resolve("student-template/src/main/java/dlecon/solution");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The keys PrairieLearn's strict schema allows in externalGradingOptions. */
    private static final Set<String> OPTIONS = Set.of("enabled", "image", "entrypoint", "serverFilesCourse",
            "timeout", "enableNetworking", "environment", "comment");

    @TempDir
    static Path tmp;
    private static Path course;

    @BeforeAll
    static void packageTheCourseFiles() {
        course = tmp.resolve("course");
        assertThat(Main.run("package-prairielearn", "--out", course.toString(), "--run",
                PROJECT.resolve("ci/prairielearn/run").toString())).isZero();
    }

    @Test
    void questionsFollowTheQuestionSchema() throws IOException {
        List<String> folders = List.of("e1", "e2", "e3", "e4", "e5", "e6", "e7", "all");
        Set<String> uuids = new HashSet<>();
        for (String q : folders) {
            JsonNode info = JSON.readTree(course.resolve("questions/dlecon/" + q + "/info.json").toFile());
            assertThat(uuids.add(UUID.fromString(info.get("uuid").asText()).toString())).as("unique uuid").isTrue();
            assertThat(info.get("title").asText()).isNotBlank();
            assertThat(info.get("topic").asText()).isNotBlank();
            assertThat(info.get("type").asText()).isEqualTo("v3");
            assertThat(info.get("gradingMethod").asText()).isEqualTo("External");
            JsonNode ext = info.get("externalGradingOptions");
            ext.fieldNames().forEachRemaining(k -> assertThat(OPTIONS).as("strict schema").contains(k));
            assertThat(ext.get("image").asText()).isEqualTo(CourseFiles.IMAGE);
            assertThat(ext.get("timeout").isInt()).isTrue();
            assertThat(ext.get("timeout").asInt()).isBetween(1, 600);
            assertThat(ext.get("entrypoint").asText()).startsWith("/grade/serverFilesCourse/dlecon-grader/run");
            for (JsonNode f : ext.get("serverFilesCourse")) {
                assertThat(course.resolve("serverFilesCourse").resolve(f.asText())).isDirectory();
            }
            String html = Files.readString(course.resolve("questions/dlecon/" + q + "/question.html"));
            assertThat(html).contains("<pl-file-upload optional-file-patterns=\"*.java,*.zip\">",
                    "<pl-external-grader-results>");
        }
        assertThat(course.resolve("serverFilesCourse/dlecon-grader/run")).isExecutable();
        try (Stream<Path> lib = Files.list(course.resolve("serverFilesCourse/dlecon-grader/lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString())).isNotEmpty().allMatch(n -> n.matches("\\d\\d-.+\\.jar"));
        }
    }

    @Test
    void referenceFilesUploadedFlatScoreOne() throws Exception {
        JsonNode r = grade("e1", "reference", student -> copyFlat(REFERENCE.resolve("e1"), student));
        assertThat(r.get("gradable").asBoolean()).isTrue();
        assertThat(r.get("score").asDouble()).isEqualTo(1.0);
        assertThat(r.get("tests")).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("points").decimalValue()).isEqualByComparingTo(t.get("max_points").decimalValue());
            assertThat(t.get("name").asText()).startsWith("E1 ");
        });
        assertThat(r.get("tests")).anySatisfy(t -> assertThat(t.get("description").asText()).endsWith("(hidden test)"));
        assertThat(r.get("message").asText()).containsPattern("^Total: (\\S+) / \\1\nArranged 4 uploaded Java "
                + "file\\(s\\) by their package line: ");
    }

    @Test
    void templateInAZippedRepositoryScoresZeroAndHidesHiddenDetails() throws Exception {
        JsonNode r = grade("e1", "template", student -> zipTree(TEMPLATE.resolve("e1"),
                "my-repo/solution/src/main/java/dlecon/solution/e1/", student.resolve("handin.zip")));
        assertThat(r.get("gradable").asBoolean()).isTrue();
        assertThat(r.get("score").asDouble()).isZero();
        for (JsonNode t : r.get("tests")) {
            if (t.get("description").asText().endsWith("(hidden test)")) {
                assertThat(t.get("output").asText().lines()).allMatch(l -> l.startsWith("failed")
                        || l.startsWith("errored") || l.startsWith("category: ") || l.startsWith("hint: "));
            }
        }
        assertThat(r.get("message").asText()).contains("Extracted handin.zip");
    }

    @Test
    void nothingCompiledIsNotGradable() throws Exception {
        JsonNode r = grade("e1", "broken", student -> {
            copyFlat(REFERENCE.resolve("e1"), student);
            Files.writeString(student.resolve("ScalarDescent.java"), "package dlecon.solution.e1;\nclass Broken {");
        });
        assertThat(r.get("gradable").asBoolean()).isFalse();
        assertThat(r.get("format_errors")).anySatisfy(e -> assertThat(e.asText()).startsWith("E1: ")
                .contains("ScalarDescent.java"));
    }

    @Test
    void anUploadWithoutTheQuestionsSourcesIsNotGradable() throws Exception {
        JsonNode empty = grade("e1", "empty", student -> Files.writeString(student.resolve("answer.txt"), "42\n"));
        assertThat(empty.get("gradable").asBoolean()).isFalse();
        assertThat(empty.get("format_errors").get(0).asText()).isEqualTo("Files received: answer.txt");
        JsonNode other = grade("e1", "other", student -> copyFlat(REFERENCE.resolve("e5"), student));
        assertThat(other.get("gradable").asBoolean()).isFalse();
        assertThat(other.get("message").asText()).startsWith("No sources of E1 in your upload");
    }

    /** The rules PrairieLearn applies to a results file, as in its grader host and externalGrader*.ts. */
    private static void prairieLearnAccepts(Path results) throws IOException {
        assertThat(Files.size(results)).as("PrairieLearn refuses results over 1 MB").isLessThan(1024 * 1024);
        JsonNode r = JSON.readTree(results.toFile());
        for (String flag : List.of("gradable", "succeeded")) {
            if (r.has(flag)) {
                assertThat(r.get(flag).isBoolean()).as(flag).isTrue();
            }
        }
        if (!r.has("gradable") || r.get("gradable").asBoolean()) {
            assertThat(r.get("score").isNumber()).as("score is a number").isTrue();
            assertThat(r.get("score").asDouble()).isBetween(0.0, 1.0);
        }
        if (r.has("format_errors")) {
            assertThat(r.get("format_errors").isArray()).isTrue();
            r.get("format_errors").forEach(e -> assertThat(e.isTextual()).isTrue());
        }
        for (String text : List.of("message", "output")) {
            if (r.has(text)) {
                assertThat(r.get(text).isTextual()).as(text).isTrue();
            }
        }
        if (r.has("tests")) {
            for (JsonNode t : r.get("tests")) {
                assertThat(t.get("name").isTextual()).isTrue();
                assertThat(t.get("points").isNumber() && t.get("max_points").isNumber())
                        .as("every test has numeric points, else PrairieLearn hides all points").isTrue();
            }
        }
    }

    /** Lays out /grade for question {@code q}, runs its entrypoint (exit 0), checks and returns the results. */
    private static JsonNode grade(String q, String name, Fill fill) throws Exception {
        JsonNode ext = JSON.readTree(course.resolve("questions/dlecon/" + q + "/info.json").toFile())
                .get("externalGradingOptions");
        Path root = tmp.resolve("grade-" + name);
        for (JsonNode f : ext.get("serverFilesCourse")) {
            FileTrees.copy(course.resolve("serverFilesCourse").resolve(f.asText()),
                    root.resolve("serverFilesCourse").resolve(f.asText()));
        }
        root.resolve("serverFilesCourse/dlecon-grader/run").toFile().setExecutable(true);
        fill.into(Files.createDirectories(root.resolve("student")));
        List<String> command = new ArrayList<>();
        for (String word : ext.get("entrypoint").asText().split(" ")) {
            command.add(word.startsWith("/grade/") ? root + word.substring("/grade".length()) : word);
        }
        Path log = tmp.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("PL_GRADE_ROOT", root.toString());
        pb.environment().put("JAVA_OPTS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Ddlecon.grading.cache="
                + tmp.resolve("cache"));
        Process p = pb.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(name + " did not finish within 240 s:\n" + Files.readString(log));
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        Path results = root.resolve("results/results.json");
        prairieLearnAccepts(results);
        return JSON.readTree(results.toFile());
    }

    private static void copyFlat(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void zipTree(Path from, String prefix, Path zip) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> s = Files.list(from)) {
            for (Path f : s.sorted().toList()) {
                z.putNextEntry(new ZipEntry(prefix + f.getFileName()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
    }

    /** Fills the student folder. */
    @FunctionalInterface
    private interface Fill {
        void into(Path student) throws IOException;
    }
}
