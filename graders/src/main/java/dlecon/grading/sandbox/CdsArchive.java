package dlecon.grading.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An application class-data-sharing archive of the harness's class path (JUnit, AssertJ, the graders, ...), which
 * roughly halves the start-up of every test JVM. It is made once per class path and JDK: the first test JVM records
 * the names of the classes it loads, then a trusted {@code java -Xshare:dump} run on the harness class path alone
 * archives them (names the submission could add are simply not found there). Stored next to the staged class path
 * ({@link TestRuntime}: readable by the test JVMs' unprivileged users, writable by the harness only) under a name
 * that hashes the JDK and every class path entry's size and time. Any failure only means no archive.
 */
public final class CdsArchive {

    private final List<String> classPath;
    private final Path archive;
    private final boolean usable;
    private boolean recording;

    /**
     * @param classPath the test JVMs' class path (all entries must be jars for an archive)
     * @param folder    where the archive is kept
     */
    public CdsArchive(List<String> classPath, Path folder) {
        this.classPath = List.copyOf(classPath);
        this.usable = !Boolean.getBoolean("dlecon.grading.nocds")
                && classPath.stream().allMatch(e -> e.endsWith(".jar") && Files.isRegularFile(Path.of(e)));
        this.archive = usable ? folder.resolve("cds-" + key() + ".jsa") : null;
    }

    /** The archive to run with, or null when there is none (yet). */
    public synchronized Path ready() {
        return usable && Files.isRegularFile(archive) ? archive : null;
    }

    /** True when the caller should record its class list for the archive (once per harness, when none exists). */
    public synchronized boolean claimRecording() {
        if (!usable || recording || Files.isRegularFile(archive)) {
            return false;
        }
        recording = true;
        return true;
    }

    /** Builds the archive from a recorded class list; on failure the harness simply runs without one. */
    public synchronized void build(Path classList, String javaBinary) {
        try {
            if (!Files.isRegularFile(classList) || Files.isRegularFile(archive)) {
                return;
            }
            Files.createDirectories(archive.getParent());
            Path tmp = Files.createTempFile(archive.getParent(), "cds-", ".tmp");
            Process p = new ProcessBuilder(javaBinary, "-Xshare:dump", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + tmp,
                    "-cp", String.join(java.io.File.pathSeparator, classPath))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.size(tmp) > 0) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                p.destroyForcibly();
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // no archive: test JVMs start a little slower
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String key() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((System.getProperty("java.home") + "|" + System.getProperty("java.vm.version"))
                    .getBytes(StandardCharsets.UTF_8));
            for (String e : classPath) {
                Path p = Path.of(e);
                md.update((e + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unkeyed";
        }
    }
}
