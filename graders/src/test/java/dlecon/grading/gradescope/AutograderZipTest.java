package dlecon.grading.gradescope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.grading.hosted.LibraryJar;
import dlecon.grading.hosted.LibraryJarEntries;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AutograderZip} and {@link LibraryJar} on small made-up class paths: layout, modes, filters, refusals. */
class AutograderZipTest {

    private static Path scripts(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("scripts"));
        Files.writeString(dir.resolve("setup.sh"), "#!/usr/bin/env bash\n");
        Files.writeString(dir.resolve("run_autograder"), "#!/usr/bin/env bash\n");
        return dir;
    }

    private static Path file(Path root, String name, String text) throws IOException {
        Path f = root.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text);
    }

    private static Path jar(Path file, String... entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void scriptsThenLibraryInClassPathOrderWithoutMutantDefinitions(@TempDir Path tmp) throws IOException {
        Path classes = tmp.resolve("graders/target/classes");
        file(classes, "dlecon/graders/e1/E1HiddenGrader.class", "hidden");
        file(classes, "dlecon/grading/mutants/Mutant.class", "class");
        file(classes, "dlecon/grading/mutants/e1/e1-off-by-one.properties", "find=reference code");
        file(classes, "dlecon/grading/mutants/e1/index.txt", "e1-off-by-one");
        file(classes, "dlecon/grading/mutants/equivalent-mutants.tsv", "equivalent\te1/X.java\treference code");
        Path lib = jar(tmp.resolve("m2/lib-1.0.jar"), "org/", "org/Lib.class", "dlecon/grading/mutants/x.properties");
        Path zip = tmp.resolve("out/autograder.zip");

        List<String> entries = new AutograderZip(scripts(tmp), List.of(classes, lib)).write(zip);

        assertThat(entries).containsExactly("setup.sh", "run_autograder", "lib/", "lib/00-graders.jar",
                "lib/01-lib-1.0.jar");
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fs.getPath("run_autograder"))))
                    .isEqualTo("rwxr-xr-x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fs.getPath("setup.sh"))))
                    .isEqualTo("rw-r--r--");
            List<String> graders = LibraryJarEntries.of(Files.readAllBytes(fs.getPath("lib/00-graders.jar")));
            assertThat(graders).contains("dlecon/graders/e1/", "dlecon/graders/e1/E1HiddenGrader.class",
                    "dlecon/grading/mutants/Mutant.class").noneMatch(e -> e.endsWith(".properties")
                    || e.endsWith("index.txt") || e.endsWith(".tsv") || e.startsWith("dlecon/grading/mutants/e1"));
            assertThat(LibraryJarEntries.of(Files.readAllBytes(fs.getPath("lib/01-lib-1.0.jar"))))
                    .containsExactly("org/", "org/Lib.class");
        }
        byte[] first = Files.readAllBytes(zip);
        new AutograderZip(scripts(tmp), List.of(classes, lib)).write(zip);
        assertThat(Files.readAllBytes(zip)).as("same inputs, same bytes").isEqualTo(first);
    }

    @Test
    void referenceOnTheClassPathIsRefusedAndNothingWritten(@TempDir Path tmp) throws IOException {
        Path scripts = scripts(tmp);
        Path zip = tmp.resolve("autograder.zip");
        Path referenceJar = jar(tmp.resolve("dlecon-reference-0.1.0.jar"), "x/");
        Path solutionJar = jar(tmp.resolve("renamed.jar"), "dlecon/solution/e1/Adam.class");
        Path solutionFolder = tmp.resolve("classes");
        file(solutionFolder, "dlecon/solution/e3/MlpSolution.class", "reference");
        for (Path entry : List.of(referenceJar, solutionJar, solutionFolder)) {
            assertThatThrownBy(() -> new AutograderZip(scripts, List.of(entry)).write(zip))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("refusing to pack " + entry)
                    .hasMessageContaining("reference solution must never be in the autograder");
        }
        assertThat(zip).doesNotExist();
    }

    @Test
    void missingScriptsAndOddEntriesAreClearErrors(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("autograder.zip");
        assertThatThrownBy(() -> new AutograderZip(tmp.resolve("none"), List.of()).write(zip))
                .hasMessageContaining("setup.sh").hasMessageContaining("--scripts");
        Path text = file(tmp, "notes.txt", "x");
        assertThatThrownBy(() -> new AutograderZip(scripts(tmp), List.of(text)).write(zip))
                .hasMessageContaining("neither a jar nor a folder");
        assertThat(zip).doesNotExist();
    }
}
