package dlecon.grading.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FlatUpload}: uploaded files arranged by their package line, everything else left out. */
class FlatUploadTest {

    @Test
    void filesAreArrangedByTheirPackageLine(@TempDir Path tmp) throws IOException {
        Path up = Files.createDirectories(tmp.resolve("upload"));
        Files.writeString(up.resolve("MlpSolution.java"), "// MLP\n/* package x; */\npackage dlecon.solution.e3;\n");
        Files.writeString(up.resolve("Adam.java"), "\uFEFFpackage  dlecon.solution.e4 ;\nclass Adam {}\n");
        Files.createDirectories(up.resolve("more"));
        Files.writeString(up.resolve("more/Adam.java"), "package dlecon.solution.e4;\n// a second copy\n");
        Files.writeString(up.resolve("more/Sgd.java"), "package dlecon.solution.e4;\n");
        Files.writeString(up.resolve("Main.java"), "package dlecon.solution.e9;\n");
        Files.writeString(up.resolve("Other.java"), "package other;\n// package dlecon.solution.e1;\n");
        Files.writeString(up.resolve("Loose.java"), "class Loose {}\n");
        Files.writeString(up.resolve("notes.txt"), "package dlecon.solution.e1;\n");
        Path target = tmp.resolve("tree");

        assertThat(FlatUpload.arrange(up, target)).containsExactly("Adam.java", "MlpSolution.java", "more/Sgd.java");
        assertThat(target.resolve("dlecon/solution/e3/MlpSolution.java")).isRegularFile();
        assertThat(target.resolve("dlecon/solution/e4/Adam.java")).content().contains("class Adam");
        assertThat(target.resolve("dlecon/solution/e4/Sgd.java")).isRegularFile();
        assertThat(target.resolve("dlecon/solution/e1")).doesNotExist();
    }

    @Test
    void symbolicLinksAreSkipped(@TempDir Path tmp) throws IOException {
        Path real = Files.writeString(tmp.resolve("Real.java"), "package dlecon.solution.e1;\n");
        Path up = Files.createDirectories(tmp.resolve("upload"));
        Files.createSymbolicLink(up.resolve("Link.java"), real);
        assertThat(FlatUpload.arrange(up, tmp.resolve("tree"))).isEmpty();
    }
}
