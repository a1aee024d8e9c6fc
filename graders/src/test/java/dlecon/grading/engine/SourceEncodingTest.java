package dlecon.grading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source that is not UTF-8 is named with its first bad byte and line (UTF-8 with umlauts passes); a source over the
 * size limit fails its exercise with its name instead of being dropped.
 */
class SourceEncodingTest {

    @Test
    void anOversizedSourceFailsItsExerciseWithItsName(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("src/main/java/dlecon/solution/e2"));
        Files.writeString(dir.resolve("Big.java"), "package dlecon.solution.e2;\n// " + "x".repeat(1 << 20) + "\n");
        Submission s = Submission.read("big", tmp);
        Prepared p = new ExerciseGrader(dlecon.grading.compile.SourceCompiler.forApi(), null, null)
                .prepare(s, dlecon.api.Exercise.E2, tmp.resolve("work"));
        assertThat(p.status()).isEqualTo(dlecon.grading.model.ExerciseStatus.COMPILE_ERROR);
        assertThat(p.reason()).isEqualTo("did not compile: dlecon/solution/e2/Big.java is larger than 1 MiB (the "
                + "limit per source file)");
        assertThat(s.ignored()).isEmpty();
    }

    @Test
    void aLatin1FileIsNamedWithItsFirstBadByte(@TempDir Path root) throws IOException {
        Path ok = Files.writeString(root.resolve("Ok.java"), "// Grüße\nclass Ok {}\n", StandardCharsets.UTF_8);
        Path latin1 = Files.write(root.resolve("Bad.java"), "class Bad {}\n// Gr\u00fc\u00dfe\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(SourceEncoding.problem(root, List.of(ok))).isNull();
        assertThat(SourceEncoding.problem(root, List.of(ok, latin1)))
                .isEqualTo("Bad.java is not UTF-8 (byte 0xFC at line 2); save it as UTF-8");
    }
}
