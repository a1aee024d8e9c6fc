package dlecon.grading.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graders' random names: every class renamed in its package, ids and reports translated both ways. */
class GraderAliasesTest {

    private static final Path CLASSES = Path.of("target/classes").toAbsolutePath();

    @Test
    void everyGraderClassIsRenamedAndNamesTranslateBothWays(@TempDir Path tmp) throws IOException {
        GraderAliases a = GraderAliases.write(CLASSES, tmp, new SplittableRandom(1));
        List<String> names;
        try (ZipFile zip = new ZipFile(a.jar().toFile())) {
            names = zip.stream().map(ZipEntry::getName).toList();
        }
        assertThat(names).hasSizeGreaterThan(100).allSatisfy(n -> assertThat(n)
                .matches("dlecon/graders/e\\d/(G[0-9a-f]{12}(\\$G[0-9a-f]{12})*|package-info)\\.class"));
        String id = "[engine:junit-jupiter]/[class:dlecon.graders.e1.E1HiddenGrader]/[method:x(dlecon.api.e1."
                + "GradientDescent, dlecon.graders.e3.BackpropCase)]";
        String aliased = a.alias(id);
        assertThat(aliased).doesNotContain("E1HiddenGrader", "BackpropCase").contains("dlecon.api.e1.GradientDescent");
        assertThat(a.real(aliased)).isEqualTo(id);
        String lambda = aliased.replaceAll(".*\\[class:([^\\]]+)\\].*", "$1") + "$$Lambda$14/0x0000000800c0b000";
        assertThat(a.real(lambda)).isEqualTo("dlecon.graders.e1.E1HiddenGrader$$Lambda$14/0x0000000800c0b000");
        // another run draws other names
        GraderAliases b = GraderAliases.write(CLASSES, tmp, new SplittableRandom(2));
        assertThat(b.alias(id)).isNotEqualTo(aliased);
    }
}
