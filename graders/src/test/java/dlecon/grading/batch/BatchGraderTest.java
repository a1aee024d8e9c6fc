package dlecon.grading.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.engine.FileTrees;
import dlecon.grading.engine.GradingOptions;
import dlecon.grading.engine.GradingRun;
import dlecon.grading.sandbox.JvmLimits;
import dlecon.grading.sandbox.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student whose grading runs past the batch's limit per student is stopped and scored 0 with the reason, the
 * other students are graded, and the gradebook is written.
 */
class BatchGraderTest {

    /** Passes the static check; every call with x0 = 13 takes 1.5 s, four of them in the fixture suite. */
    private static final Path SLOW = Path.of("src/test/resources/fixtures/slow");

    @Test
    void zipsAreStudentsUnlessAFolderOfTheSameIdExists(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("carol"));
        Files.writeString(tmp.resolve("carol.zip"), "shadowed by the folder");
        Files.writeString(tmp.resolve("dave.zip"), "a zip");
        Files.writeString(tmp.resolve("notes.txt"), "not a student");
        Files.createDirectories(tmp.resolve(".git"));
        BatchGrader b = new BatchGrader(new GradingRun(GradingOptions.defaults()), 1, Shard.ALL, null, 10);
        assertThat(b.students(tmp).stream().map(BatchGrader::studentId)).containsExactly("carol", "dave");
    }

    @Test
    void aStudentPastTheLimitScoresZeroAndTheGradebookIsWritten(@TempDir Path tmp) throws IOException {
        Path cls = tmp.resolve("class");
        FileTrees.copy(SLOW, cls.resolve("slow"));
        Files.createDirectories(cls.resolve("empty"));
        List<String> cp = new ArrayList<>(GradingRun.harnessClassPath());
        cp.add(Path.of("target/test-classes").toAbsolutePath().toString());
        GradingOptions options = new GradingOptions(List.of(Exercise.E1), true, GradingOptions.DEFAULT_SALT,
                Sandbox.Mode.PROCESS, JvmLimits.DEFAULT.withHeap(256), 1);
        GradingRun run = new GradingRun(options, cp, "dlecon.grading.fixtures.budget.");
        // the slow student needs at least 4 x 1.5 s of tests; the empty one is done at once
        Gradebook book = new BatchGrader(run, 2, Shard.ALL, null, 3).run(cls, tmp.resolve("out"));
        assertThat(book.size()).isEqualTo(2);
        List<String> rows = Files.readAllLines(tmp.resolve("out").resolve(Gradebook.FILE), StandardCharsets.UTF_8);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("empty,0,");
        assertThat(rows.get(2)).startsWith("slow,0,");
        assertThat(Files.readString(tmp.resolve("out/slow/summary.md")))
                .contains("grading did not finish within 3 s (the limit per student) and was stopped");
    }

    @Test
    void aFileThatMakesJavacWorkExponentiallyCostsItsExerciseAndTheBatchGoesOn(@TempDir Path tmp)
            throws IOException {
        Path cls = tmp.resolve("class");
        FileTrees.copy(SLOW, cls.resolve("nested")); // before compilation had limits, this file stalled a batch
        FileTrees.copy(Path.of("src/test/resources/fixtures/hostile/javac-exponential/src"), cls.resolve("nested/src"));
        Files.createDirectories(cls.resolve("empty"));
        List<String> cp = new ArrayList<>(GradingRun.harnessClassPath());
        cp.add(Path.of("target/test-classes").toAbsolutePath().toString());
        GradingOptions options = new GradingOptions(List.of(Exercise.E1), true, GradingOptions.DEFAULT_SALT,
                Sandbox.Mode.PROCESS, JvmLimits.DEFAULT.withHeap(256), 1);
        GradingRun run = new GradingRun(options, cp, "dlecon.grading.fixtures.budget.");
        Gradebook book = new BatchGrader(run, 2, Shard.ALL, null, options.perSubmissionSeconds())
                .run(cls, tmp.resolve("out"));
        assertThat(book.size()).isEqualTo(2);
        assertThat(Files.readAllLines(tmp.resolve("out").resolve(Gradebook.FILE))).hasSize(3);
        assertThat(Files.readString(tmp.resolve("out/nested/summary.md"))).contains("compilation stopped: javac ran");
    }
}
