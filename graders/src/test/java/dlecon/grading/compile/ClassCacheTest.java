package dlecon.grading.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-classes cache: keyed by content (one byte, a renamed file, another class path are new keys; the same
 * sources under another root are not), restored byte for byte, never kept for a failed compilation, never asked of
 * the compiler on a hit, and refused in a folder others can write.
 */
class ClassCacheTest {

    private static final String SOURCE = "package p;\npublic class A {\n    public int f() {\n        return 1;\n    }\n}\n";

    private static Path source(Path root, String name, String text) throws IOException {
        Path f = root.resolve("src/main/java/p").resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void theKeyIsTheContentNotTheTimeOrTheRoot(@TempDir Path tmp) throws IOException {
        ClassCache cache = ClassCache.at(tmp.resolve("cache"));
        assertThat(cache).isNotNull();
        List<Path> cp = SourceCompiler.apiClassPath();
        Path a = source(tmp.resolve("one"), "A.java", SOURCE);
        String key = cache.key(tmp.resolve("one"), List.of(a), cp);
        assertThat(key).matches("[0-9a-f]{64}");
        Path b = source(tmp.resolve("two"), "A.java", SOURCE);
        Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(cache.key(tmp.resolve("two"), List.of(b), cp)).as("same bytes, other root and time").isEqualTo(key);
        Path c = source(tmp.resolve("three"), "A.java", SOURCE.replace("return 1", "return 2"));
        assertThat(cache.key(tmp.resolve("three"), List.of(c), cp)).as("one byte changed").isNotEqualTo(key);
        Path d = source(tmp.resolve("four"), "B.java", SOURCE);
        assertThat(cache.key(tmp.resolve("four"), List.of(d), cp)).as("renamed file").isNotEqualTo(key);
        assertThat(cache.key(tmp.resolve("one"), List.of(a), cp.subList(0, 1))).as("another class path")
                .isNotEqualTo(key);
        Path extra = source(tmp.resolve("one"), "Z.java", "package p;\nclass Z {\n}\n");
        assertThat(cache.key(tmp.resolve("one"), List.of(extra, a), cp))
                .as("another file, in any order").isEqualTo(cache.key(tmp.resolve("one"), List.of(a, extra), cp))
                .isNotEqualTo(key);
    }

    @Test
    void aHitCopiesTheClassesWithoutTheCompilerAndAFailureIsNotKept(@TempDir Path tmp) throws IOException {
        ClassCache cache = ClassCache.at(tmp.resolve("cache"));
        AtomicInteger asked = new AtomicInteger();
        SourceCompiler javac = SourceCompiler.forApi();
        CachingCompiler caching = new CachingCompiler(cache, SourceCompiler.apiClassPath(), () -> {
            asked.incrementAndGet();
            return javac;
        });
        Path root = tmp.resolve("sub");
        Path a = source(root, "A.java", SOURCE);
        assertThat(caching.cached(root, List.of(a))).isFalse();
        CompileResult first = caching.compile(root, List.of(a), tmp.resolve("out1"));
        assertThat(first.ok()).isTrue();
        assertThat(asked).hasValue(1);
        assertThat(caching.cached(root, List.of(a))).isTrue();
        CompileResult second = caching.compile(root, List.of(a), tmp.resolve("out2"));
        assertThat(second.ok()).isTrue();
        assertThat(second.diagnostics()).isEmpty();
        assertThat(asked).as("a hit never asks for the compiler").hasValue(1);
        assertThat(classFiles(tmp.resolve("out2"))).isEqualTo(classFiles(tmp.resolve("out1"))).containsExactly("p/A.class");
        assertThat(Files.readAllBytes(tmp.resolve("out2/p/A.class")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("out1/p/A.class")));

        Path broken = source(tmp.resolve("bad"), "A.java", SOURCE.replace("return 1;", "return 1"));
        for (int i = 1; i <= 2; i++) {
            CompileResult r = caching.compile(tmp.resolve("bad"), List.of(broken), tmp.resolve("bad-out" + i));
            assertThat(r.ok()).isFalse();
            assertThat(r.diagnostics()).first().asString().isEqualTo("src/main/java/p/A.java:4: ';' expected");
        }
        assertThat(asked).as("a failed compilation is compiled again").hasValue(3);
    }

    @Test
    void aFolderOthersCanWriteOrALinkIsNotUsed(@TempDir Path tmp) throws IOException {
        Path open = Files.createDirectories(tmp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(ClassCache.at(open)).isNull();
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.createSymbolicLink(tmp.resolve("link"), real);
        assertThat(ClassCache.at(tmp.resolve("link"))).isNull();
        Path fresh = tmp.resolve("fresh");
        assertThat(ClassCache.at(fresh)).isNotNull();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve("classes"))))
                .isEqualTo("rwx------");
    }

    @Test
    void theLeastRecentlyUsedEntriesGoFirst(@TempDir Path tmp) throws IOException {
        ClassCache cache = ClassCache.at(tmp.resolve("cache"), 2);
        Path classes = Files.createDirectories(tmp.resolve("classes/p"));
        Files.write(classes.resolve("A.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        cache.store("k1", tmp.resolve("classes"));
        cache.store("k2", tmp.resolve("classes"));
        Files.setLastModifiedTime(tmp.resolve("cache/classes/k1"), java.nio.file.attribute.FileTime.fromMillis(1000));
        Files.setLastModifiedTime(tmp.resolve("cache/classes/k2"), java.nio.file.attribute.FileTime.fromMillis(2000));
        assertThat(cache.restore("k1", tmp.resolve("back"))).as("a hit counts as a use").isTrue();
        cache.store("k3", tmp.resolve("classes"));
        assertThat(cache.contains("k2")).isFalse();
        assertThat(cache.contains("k1")).isTrue();
        assertThat(cache.contains("k3")).isTrue();
        assertThat(cache.restore("k2", tmp.resolve("none"))).isFalse();
    }

    private static List<String> classFiles(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(f -> out.add(dir.relativize(f).toString()));
        }
        return out;
    }
}
