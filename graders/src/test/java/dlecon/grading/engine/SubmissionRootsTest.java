package dlecon.grading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a submission folder is read: of two source folders the graded one is the one {@code sourceRoot} prefers, both
 * are listed; what the reports say about it (folders not graded, nothing found, files left out and why).
 */
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

    @Test
    void notesNameTheFoldersNotGradedAndSayWhenNothingWasFound(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("src/main/java/dlecon/solution/e1"));
        Files.createDirectories(tmp.resolve("copy/src/main/java/dlecon/solution/e2"));
        Files.writeString(tmp.resolve("src/main/java/dlecon/solution/e1/A.java"), "package dlecon.solution.e1;");
        Submission two = Submission.read("s", tmp);
        assertThat(two.readingNotes()).containsExactly("Several source folders hold dlecon/solution: graded "
                + "src/main/java; not graded: copy/src/main/java.");

        Path top = Files.createDirectories(tmp.resolve("top/dlecon/solution/e3"));
        assertThat(Submission.read("t", top.getParent().getParent().getParent()).readingNotes()).containsExactly(
                "No exercise sources found (expected .java files under src/main/java/dlecon/solution/e1..e7): every "
                        + "exercise is graded as not submitted.");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(Submission.read("e", empty).readingNotes()).singleElement().asString()
                .startsWith("No exercise sources found");
    }

    @Test
    void ignoredFilesAreNamedTenAtMostWithTheReasonOfTheOddOnes(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("src/main/java"));
        Files.createDirectories(root.resolve("dlecon/solution/e1"));
        Files.writeString(root.resolve("dlecon/solution/e1/A.java"), "package dlecon.solution.e1;");
        Files.createDirectories(root.resolve("extra"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(root.resolve("extra/F" + (char) ('a' + i) + ".java"), "class F {}");
        }
        Files.createSymbolicLink(root.resolve("dlecon/solution/e1/Link.java"), root.resolve("extra/Fa.java"));
        Submission s = Submission.read("s", tmp);
        assertThat(s.has(dlecon.api.Exercise.E1)).isTrue();
        assertThat(s.sources().get(dlecon.api.Exercise.E1)).hasSize(1);
        assertThat(s.readingNotes()).containsExactly("Ignored 13 Java file(s) (only dlecon/solution/e1..e7 is "
                + "graded): dlecon/solution/e1/Link.java (not a regular file), extra/Fa.java, extra/Fb.java, "
                + "extra/Fc.java, extra/Fd.java, extra/Fe.java, extra/Ff.java, extra/Fg.java, extra/Fh.java, "
                + "extra/Fi.java and 3 more.");
        assertThat(s.withoutIgnored().readingNotes()).isEmpty();
        assertThat(s.withNote("first").readingNotes()).hasSize(2).first().isEqualTo("first");
    }
}
