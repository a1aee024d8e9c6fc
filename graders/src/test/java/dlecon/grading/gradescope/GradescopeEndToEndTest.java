package dlecon.grading.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlecon.api.Exercise;
import dlecon.grading.cli.Main;
import dlecon.grading.engine.FileTrees;
import dlecon.grading.engine.PlannedTest;
import dlecon.grading.engine.TestPlanner;
import dlecon.grading.hosted.LibraryJar;
import dlecon.grading.hosted.LibraryJarEntries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gradescope autograder end to end, as Gradescope runs it: {@code package-gradescope} packs the zip from this
 * JVM's grading class path; the zip is unpacked into {@code ROOT/source}, {@code run_autograder} copied to
 * {@code ROOT} and made executable, {@code setup.sh} run with bash (Java present: nothing installed; {@code apt-get}
 * is a stub that records calls), then {@code ROOT/run_autograder} runs as a real process with
 * {@code AUTOGRADER_ROOT=ROOT} for each kind of submission, and {@code ROOT/results/results.json} is checked.
 * Everything is written below a temporary folder (the class-data cache too).
 */
class GradescopeEndToEndTest {

    private static final Path PROJECT = Path.of(System.getProperty("dlecon.project.root", ".."))
            .toAbsolutePath().normalize();
    private static final Path REFERENCE = PROJECT.resolve("reference/src/main/java/dlecon/solution");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path zip;
    private static Path root;
    /** True when the zip was unpacked by unzip, as on Gradescope (which keeps the zip's file modes). */
    private static boolean unzipped;

    @BeforeAll
    static void packUnpackAndSetUp() throws Exception {
        zip = tmp.resolve("autograder.zip");
        assertThat(Main.run("package-gradescope", "--out", zip.toString(), "--scripts",
                PROJECT.resolve("ci/gradescope").toString())).isZero();
        root = tmp.resolve("autograder");
        Path source = Files.createDirectories(root.resolve("source"));
        unzipped = run(List.of("unzip", "-q", "-n", "-d", source.toString(), zip.toString()), Map.of(), "unzip")
                .exit() == 0;
        if (!unzipped) {
            extract(zip, source);
        }
        Files.copy(source.resolve("run_autograder"), root.resolve("run_autograder"));
        assertThat(root.resolve("run_autograder").toFile().setExecutable(true)).isTrue();
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path aptLog = tmp.resolve("apt-get.log");
        Files.writeString(bin.resolve("apt-get"), "#!/bin/sh\necho \"$@\" >> '" + aptLog + "'\nexit 1\n");
        assertThat(bin.resolve("apt-get").toFile().setExecutable(true)).isTrue();
        Run setup = run(List.of("bash", source.resolve("setup.sh").toString()),
                Map.of("PATH", bin + ":" + System.getenv("PATH")), "setup");
        assertThat(setup.exit()).as(setup.output()).isZero();
        assertThat(Files.exists(aptLog) ? Files.readString(aptLog) : "").as("apt-get calls").doesNotContain("jdk");
    }

    @Test
    void zipHoldsScriptsAndHiddenGradersButNoReferenceAndNoMutantDefinitions() throws IOException {
        List<String> lib = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = z.stream().map(ZipEntry::getName).toList();
            assertThat(names.subList(0, 3)).containsExactly("setup.sh", "run_autograder", "lib/");
            assertThat(names.subList(3, names.size())).allMatch(n -> n.matches("lib/[0-9]{2}-.+\\.jar"))
                    .noneMatch(n -> n.contains("reference"));
            for (String n : names.subList(3, names.size())) {
                try (InputStream in = z.getInputStream(z.getEntry(n))) {
                    LibraryJarEntries.of(in.readAllBytes()).forEach(e -> lib.add(n + "!" + e));
                }
            }
        }
        assertThat(lib).contains("lib/00-graders.jar!dlecon/graders/e1/E1HiddenGrader.class",
                "lib/00-graders.jar!dlecon/graders/e7/E7LossGrader.class")
                .noneMatch(e -> e.contains("!dlecon/solution/"))
                .noneMatch(e -> LibraryJar.isMutantDefinition(e.substring(e.indexOf('!') + 1)));
        if (unzipped) {
            assertThat(root.resolve("source/run_autograder")).as("mode 0755 kept by unzip").isExecutable();
        }
    }

    @Test
    void releasedRepositoryOfTheReferenceScoresFullMarks() throws Exception {
        JsonNode results = grade("released", sub -> {
            FileTrees.copy(REFERENCE, sub.resolve("solution/src/main/java/dlecon/solution"));
            Files.writeString(sub.resolve("README.md"), "# my course repository\n");
            Files.writeString(sub.resolve("solution/pom.xml"), "<project/>\n");
        });
        assertThat(results.get("score").asDouble()).isEqualTo(maxPoints(List.of(Exercise.values())));
        assertThat(results.get("tests")).allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("passed"))
                .anySatisfy(t -> assertThat(t.get("visibility").asText()).isEqualTo("after_due_date"));
        assertThat(results.get("output").asText()).contains("\nNote: Sources read from solution/src/main/java.\n");
    }

    @Test
    void templateInAWrappingFolderScoresZero() throws Exception {
        JsonNode results = grade("template", sub -> {
            FileTrees.copy(PROJECT.resolve("student-template/src/main/java"),
                    sub.resolve("course-main/src/main/java"));
            Files.createDirectories(sub.resolve("__MACOSX/course-main"));
        }, "--exercise", "E1,E5");
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("tests")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("failed"));
        assertThat(results.get("output").asText()).contains("\nNote: Sources read from course-main/src/main/java.\n");
    }

    @Test
    void referenceFilesUploadedFlatAreArrangedByTheirPackage() throws Exception {
        List<Exercise> graded = List.of(Exercise.E3, Exercise.E4);
        int[] count = {0};
        JsonNode results = grade("flat", sub -> {
            try (Stream<Path> files = Files.walk(REFERENCE)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")
                        && !p.endsWith("package-info.java")).toList()) {
                    Files.copy(f, sub.resolve(f.getFileName().toString()));
                    count[0]++;
                }
            }
            Files.writeString(sub.resolve("notes.md"), "my notes\n");
        }, "--exercise", "E3,E4");
        assertThat(results.get("score").asDouble()).isEqualTo(maxPoints(graded)).isPositive();
        assertThat(results.get("output").asText())
                .contains("\nNote: Arranged " + count[0] + " uploaded Java file(s) by their package line: ");
    }

    @Test
    void emptySubmissionScoresZeroAndSaysWhatWasExpected() throws Exception {
        JsonNode results = grade("empty", sub -> Files.writeString(sub.resolve("answer.txt"), "42\n"));
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("tests")).isEmpty();
        assertThat(results.get("output").asText()).contains("No exercise sources found")
                .contains("solution/src/main/java/dlecon/solution/eN/*.java").endsWith("Files received: answer.txt");
    }

    /** Makes a fresh {@code ROOT/submission}, runs {@code ROOT/run_autograder ARGS} (exit 0), reads the results. */
    private static JsonNode grade(String name, Fill fill, String... args) throws Exception {
        Path sub = root.resolve("submission");
        FileTrees.delete(sub);
        FileTrees.delete(root.resolve("results"));
        fill.into(Files.createDirectories(sub));
        List<String> command = new ArrayList<>(List.of(root.resolve("run_autograder").toString()));
        command.addAll(List.of(args));
        Run r = run(command, Map.of("AUTOGRADER_ROOT", root.toString(), "JAVA_OPTS",
                "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Ddlecon.grading.cache=" + tmp.resolve("cache")), name);
        assertThat(r.exit()).as(r.output()).isZero();
        return JSON.readTree(root.resolve("results/results.json").toFile());
    }

    private static double maxPoints(List<Exercise> exercises) {
        TestPlanner planner = new TestPlanner();
        return exercises.stream().flatMap(e -> planner.plan(e, true).stream()).mapToDouble(PlannedTest::points)
                .sum();
    }

    /** Runs {@code command} in {@code ROOT} (or the temporary folder) with extra environment; output to a file. */
    private static Run run(List<String> command, Map<String, String> env, String name) throws Exception {
        Path log = tmp.resolve(name + ".log");
        Path dir = root != null && Files.isDirectory(root) ? root : tmp;
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Run(-1, e.toString()); // e.g. no unzip on this machine
        }
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(name + " did not finish within 240 s:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }

    /** Unpacks {@code zip} into {@code to} without unzip (no file modes; Gradescope's chmod then matters). */
    private static void extract(Path zip, Path to) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                Path t = to.resolve(e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, t);
                    }
                }
            }
        }
    }

    private record Run(int exit, String output) {
    }

    /** Fills a submission folder. */
    @FunctionalInterface
    private interface Fill {
        void into(Path submission) throws IOException;
    }
}
