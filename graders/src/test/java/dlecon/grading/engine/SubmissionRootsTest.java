package dlecon.grading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two source folders in one submission: the graded one is the one {@code sourceRoot} prefers, both are listed. */
class SubmissionRootsTest {

    @Test
    void everyCandidateSourceFolderIsListedInTheOrderOfPreference(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("src/main/java/dlecon/solution/e1"));
        Files.createDirectories(tmp.resolve("solution/src/main/java/dlecon/solution/e1"));
        Files.createDirectories(tmp.resolve("copy/src/main/java/dlecon/solution/e2"));
        assertThat(Submission.candidateRoots(tmp)).containsExactly(tmp.resolve("src/main/java"),
                tmp.resolve("solution/src/main/java"), tmp.resolve("copy/src/main/java"));
        assertThat(Submission.sourceRoot(tmp)).isEqualTo(tmp.resolve("src/main/java"));
        Path single = Files.createDirectories(tmp.resolve("single/src/main/java/dlecon/solution"));
        assertThat(Submission.candidateRoots(tmp.resolve("single"))).containsExactly(single.getParent().getParent());
    }
}
