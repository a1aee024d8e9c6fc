package dlecon.grading.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.engine.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Submission#sourceRoot}: the layouts a submission may come in, one wrapping folder, no symbolic links. */
class SourceRootTest {

    private static final String E1 = "dlecon/solution/e1/GradientDescentSolution.java";

    private static Path source(Path root) throws IOException {
        Path f = root.resolve(E1);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "package dlecon.solution.e1;\nclass GradientDescentSolution {}\n");
        return root;
    }

    @Test
    void templateLayoutComesFirst(@TempDir Path sub) throws IOException {
        source(sub.resolve("src/main/java"));
        source(sub.resolve("solution/src/main/java"));
        assertThat(Submission.sourceRoot(sub)).isEqualTo(sub.resolve("src/main/java"));
    }

    @Test
    void aLayoutWithoutExerciseSourcesDoesNotWin(@TempDir Path sub) throws IOException {
        Files.createDirectories(sub.resolve("src/main/java/org/example"));
        source(sub.resolve("solution/src/main/java"));
        assertThat(Submission.sourceRoot(sub)).isEqualTo(sub.resolve("solution/src/main/java"));
        Files.createDirectories(sub.resolve("empty/src/main/java"));
        assertThat(Submission.sourceRoot(sub.resolve("empty"))).as("nothing anywhere: the template layout")
                .isEqualTo(sub.resolve("empty/src/main/java"));
    }

    @Test
    void releasedRepositoryLayout(@TempDir Path sub) throws IOException {
        source(sub.resolve("solution/src/main/java"));
        Files.writeString(sub.resolve("README.md"), "my repo");
        Submission s = Submission.read("s", sub);
        assertThat(s.root()).isEqualTo(sub.resolve("solution/src/main/java"));
        assertThat(s.has(Exercise.E1)).isTrue();
    }

    @Test
    void packageTreeAtTheTop(@TempDir Path sub) throws IOException {
        source(sub);
        assertThat(Submission.sourceRoot(sub)).isEqualTo(sub);
    }

    @Test
    void oneWrappingFolderBesideMacOsMetadata(@TempDir Path sub) throws IOException {
        source(sub.resolve("__MACOSX/repo/solution/src/main/java"));
        source(sub.resolve("repo-main/solution/src/main/java"));
        Files.createDirectories(sub.resolve(".git"));
        assertThat(Submission.sourceRoot(sub)).isEqualTo(sub.resolve("repo-main/solution/src/main/java"));
        assertThat(Submission.read("s", sub).has(Exercise.E1)).isTrue();
    }

    @Test
    void onlyOneWrappingLevelAndOtherwiseTheFolderItself(@TempDir Path sub) throws IOException {
        source(sub.resolve("a/b/src/main/java"));
        assertThat(Submission.sourceRoot(sub)).isEqualTo(sub);
        assertThat(Submission.read("s", sub).sources()).isEmpty();
    }

    @Test
    void symbolicLinksAreNotFollowed(@TempDir Path tmp) throws IOException {
        Path elsewhere = source(tmp.resolve("elsewhere/java"));
        Path sub = Files.createDirectories(tmp.resolve("sub"));
        Files.createDirectories(sub.resolve("src/main"));
        Files.createSymbolicLink(sub.resolve("src/main/java"), elsewhere);
        Files.createSymbolicLink(sub.resolve("wrapped"), tmp.resolve("elsewhere"));
        Files.createDirectories(sub.resolve("solution"));
        Files.createSymbolicLink(sub.resolve("solution/src"), tmp.resolve("elsewhere"));
        assertThat(Submission.sourceRoot(sub)).isEqualTo(sub);
        assertThat(Submission.read("s", sub).sources()).isEmpty();
    }
}
