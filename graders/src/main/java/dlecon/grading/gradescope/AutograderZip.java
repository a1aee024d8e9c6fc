package dlecon.grading.gradescope;

import dlecon.grading.engine.GradingRun;
import dlecon.grading.hosted.LibraryJar;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gradescope's {@code autograder.zip} ("Zip file upload" autograder): {@code setup.sh} and {@code run_autograder} at
 * the root of the archive, and {@code lib/NN-name.jar}, the grader's runtime class path in order (each entry through
 * {@link LibraryJar}: no mutant definitions, the reference refused). Entries are written in that fixed order with a
 * fixed time; {@code run_autograder} carries the Unix mode 0755 (Gradescope also copies it to
 * {@code /autograder/run_autograder} and makes that executable), the other files 0644.
 */
public final class AutograderZip {

    /** The two scripts Gradescope requires at the root of the archive. */
    public static final List<String> SCRIPTS = List.of("setup.sh", "run_autograder");

    private static final FileTime FIXED_TIME = FileTime.fromMillis(315_619_200_000L); // 1980-01-02

    private final Path scripts;
    private final List<Path> classPath;

    /**
     * @param scripts   folder holding {@code setup.sh} and {@code run_autograder}
     * @param classPath the grader's runtime class path, in order
     */
    public AutograderZip(Path scripts, List<Path> classPath) {
        this.scripts = scripts;
        this.classPath = List.copyOf(classPath);
    }

    /**
     * The grader's own class path: {@value GradingRun#CLASS_PATH_PROPERTY} when set, else {@code java.class.path}.
     *
     * @throws IllegalStateException when the reference is on it
     */
    public static List<Path> harnessClassPath() {
        return GradingRun.harnessClassPath().stream().map(Path::of).toList();
    }

    /**
     * Writes the archive to {@code out} (replacing it; nothing is written when an input is refused).
     *
     * @return the entry names, in archive order
     * @throws IllegalStateException when a script is missing or a class path entry is refused
     */
    public List<String> write(Path out) throws IOException {
        for (String s : SCRIPTS) {
            if (!Files.isRegularFile(scripts.resolve(s), LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException("missing " + scripts.resolve(s) + " (the --scripts folder must hold "
                        + String.join(" and ", SCRIPTS) + ")");
            }
        }
        List<LibraryJar> jars = new ArrayList<>();
        for (Path entry : classPath) {
            jars.add(LibraryJar.of(jars.size(), entry));
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "autograder-", ".zip");
        Files.delete(tmp); // the zip file system creates it
        List<String> names = new ArrayList<>();
        try (FileSystem zip = FileSystems.newFileSystem(tmp, Map.of("create", "true",
                "enablePosixFileAttributes", "true"))) {
            for (String s : SCRIPTS) {
                String mode = s.equals("run_autograder") ? "rwxr-xr-x" : "rw-r--r--";
                put(zip, s, Files.readAllBytes(scripts.resolve(s)), mode);
                names.add(s);
            }
            Path lib = zip.getPath("lib");
            Files.createDirectory(lib);
            Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rwxr-xr-x"));
            fixTimes(lib);
            names.add("lib/");
            for (LibraryJar j : jars) {
                put(zip, "lib/" + j.name(), j.bytes(), "rw-r--r--");
                names.add("lib/" + j.name());
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        return names;
    }

    private static void put(FileSystem zip, String name, byte[] bytes, String mode) throws IOException {
        Path p = zip.getPath(name);
        Files.write(p, bytes);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
        fixTimes(p);
    }

    /** Modification, access and creation time fixed (the zip file system writes all three): a reproducible zip. */
    private static void fixTimes(Path p) throws IOException {
        Files.getFileAttributeView(p, BasicFileAttributeView.class).setTimes(FIXED_TIME, FIXED_TIME, FIXED_TIME);
    }
}
