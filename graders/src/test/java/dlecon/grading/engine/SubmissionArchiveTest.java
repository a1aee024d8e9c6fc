package dlecon.grading.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.Exercise;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip submissions: read like folders, refused with the reason when they could harm the grading machine. */
class SubmissionArchiveTest {

    private static final Path REFERENCE = Path.of(System.getProperty("dlecon.project.root", "..")).toAbsolutePath()
            .normalize().resolve("reference/src/main/java");

    /** A zip of the reference's sources under {@code top/src/main/java}, as a download with a top folder. */
    private static Path referenceZip(Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.walk(REFERENCE)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry("top/src/main/java/" + REFERENCE.relativize(f).toString()
                        .replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static Path zipOf(Path zip, List<String> names, byte[] content) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String n : names) {
                out.putNextEntry(new ZipEntry(n));
                out.write(content);
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void aZipAndAFolderHoldingOneZipReadLikeTheFolder(@TempDir Path tmp) throws IOException {
        Path zip = referenceZip(tmp.resolve("dave.zip"));
        Path extracted;
        try (SubmissionArchive.Opened o = SubmissionArchive.open("dave", zip)) {
            assertThat(o.submission().sources().keySet()).containsExactlyInAnyOrder(Exercise.values());
            assertThat(o.from()).isEqualTo("dave.zip");
            assertThat(o.submission().readingNotes()).first().isEqualTo("Extracted dave.zip (a zip submission).");
            extracted = o.extracted();
            assertThat(extracted).isDirectory();
        }
        assertThat(extracted).doesNotExist();
        Path folder = Files.createDirectories(tmp.resolve("erin"));
        referenceZip(folder.resolve("handin.zip"));
        try (SubmissionArchive.Opened o = SubmissionArchive.open("erin", folder)) {
            assertThat(o.submission().sources()).hasSize(7);
            assertThat(o.submission().readingNotes()).contains("Extracted handin.zip (a zip submission).");
        }
        assertThat(SubmissionArchive.idOf(zip)).isEqualTo("dave");
    }

    @Test
    void harmfulZipsAreRefusedWithTheReason(@TempDir Path tmp) throws IOException {
        byte[] src = "class A {}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SubmissionArchive.open("x", zipOf(tmp.resolve("t.zip"),
                List.of("src/../../evil.java"), src)))
                .hasMessage("t.zip: entry src/../../evil.java would be written outside the submission");
        assertThatThrownBy(() -> SubmissionArchive.open("x", zipOf(tmp.resolve("a.zip"), List.of("/etc/x"), src)))
                .hasMessage("a.zip: entry /etc/x would be written outside the submission");
        assertThatThrownBy(() -> SubmissionArchive.open("x", zipOf(tmp.resolve("b.zip"), List.of("zeros.java"),
                new byte[50 << 20]))).hasMessage("b.zip: entry zeros.java unpacks to more than 200 times its "
                        + "compressed size (a zip bomb?)");
        List<String> many = java.util.stream.IntStream.rangeClosed(0, SubmissionArchive.MAX_ENTRIES)
                .mapToObj(i -> "f" + i).toList();
        assertThatThrownBy(() -> SubmissionArchive.open("x", zipOf(tmp.resolve("m.zip"), many, src)))
                .hasMessage("m.zip: 10001 entries (limit 10000)");
        Path fake = Files.writeString(tmp.resolve("fake.zip"), "not a zip");
        assertThatThrownBy(() -> SubmissionArchive.open("x", fake)).hasMessageStartingWith("fake.zip is not a "
                + "readable zip");
        try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("dlecon-zip-"))).isEmpty();
        }
    }

    @Test
    void theTotalUnpackedSizeIsBounded(@TempDir Path tmp) throws IOException {
        // incompressible content: each entry passes the ratio check, together they pass 200 MB
        byte[] noise = new byte[8 << 20];
        new java.util.SplittableRandom(1).nextBytes(noise);
        Path zip = tmp.resolve("big.zip");
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.setLevel(0);
            for (int i = 0; i < 26; i++) {
                out.putNextEntry(new ZipEntry("n" + i));
                out.write(noise);
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> SubmissionArchive.open("x", zip)).hasMessage("big.zip: more than 200 MB unpacked "
                + "(limit)");
    }
}
