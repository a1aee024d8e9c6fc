package dlecon.grading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source that is not UTF-8 is named, with its first bad byte and line; UTF-8 (also with a BOM-free umlaut) passes. */
class SourceEncodingTest {

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
