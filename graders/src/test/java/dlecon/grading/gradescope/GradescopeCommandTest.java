package dlecon.grading.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlecon.grading.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two commands in-process, for the cases that need no grading: failures still write results, usage errors. */
class GradescopeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void withoutSubmissionFolderTheHarnessFailsButStillWritesResults(@TempDir Path root) throws IOException {
        assertThat(Main.run("gradescope", "--root", root.toString())).isEqualTo(1);
        JsonNode results = JSON.readTree(root.resolve("results/results.json").toFile());
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("tests")).isEmpty();
        assertThat(results.get("output").asText()).startsWith("The autograder could not run")
                .contains("please tell your instructor").contains("no submission folder");
    }

    @Test
    void submissionWithoutExerciseSourcesScoresZeroAndSaysWhatWasExpected(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("submission/docs"));
        Files.writeString(root.resolve("submission/docs/answer.py"), "print(1)\n");
        Files.writeString(root.resolve("submission/Loose.java"), "class Loose {}\n");
        assertThat(Main.run("gradescope", "--root", root.toString())).isZero();
        JsonNode results = JSON.readTree(root.resolve("results/results.json").toFile());
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("output").asText()).startsWith(dlecon.grading.hosted.Upload.EXPECTED)
                .endsWith("Files received: Loose.java, docs/answer.py");
    }

    @Test
    void packagingNeedsItsScripts(@TempDir Path tmp) {
        assertThat(Main.run("package-gradescope", "--out", tmp.resolve("a.zip").toString(), "--scripts",
                tmp.resolve("missing").toString())).isEqualTo(2);
        assertThat(Main.run("package-gradescope")).isEqualTo(2);
        assertThat(tmp.resolve("a.zip")).doesNotExist();
    }
}
