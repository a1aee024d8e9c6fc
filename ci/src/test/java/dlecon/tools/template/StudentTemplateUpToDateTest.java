package dlecon.tools.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed student template is exactly what the generator makes of the reference today. */
class StudentTemplateUpToDateTest {

    private static final Path REFERENCE = Path.of("../reference/src/main/java/dlecon/solution");
    private static final Path TEMPLATE = Path.of("../student-template/src/main/java/dlecon/solution");

    @Test
    void committedTemplateMatchesTheGeneratedOne(@TempDir Path tmp) throws IOException {
        TemplateGenerator.generateTree(REFERENCE, tmp);
        List<Path> generated = files(tmp);
        assertThat(files(TEMPLATE)).as("files of student-template/ (run ci/make-template)")
                .containsExactlyElementsOf(generated);
        for (Path rel : generated) {
            assertThat(Files.readString(TEMPLATE.resolve(rel)))
                    .as("student-template/%s differs from the generated stub: run ci/make-template", rel)
                    .isEqualTo(Files.readString(tmp.resolve(rel)));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
