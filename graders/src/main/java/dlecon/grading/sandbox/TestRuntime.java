package dlecon.grading.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The class path of the test JVMs, staged in a folder of its own: only what grader tests need at run time (the
 * graders, the grading API and runner, JUnit, AssertJ, QuickTheories, EJML, Jackson, the course API). Left out: the
 * harness's other packages (compiler, static check, engine, reports, mutation analysis), its command-line and
 * source-parsing libraries and, from every entry, the known implementations' definitions
 * ({@value #SECRET_RESOURCES}: reference lines and hidden test names). The folder and its files are readable by
 * every user (an unprivileged test JVM must read them) but writable by the harness's user only; it lives in the
 * system temporary folder under a name that hashes every entry's path, size and time, so it is built once per
 * build and reused. A folder of that name not owned by this user, or writable by others, is never trusted.
 */
public final class TestRuntime {

    /** Resources no test JVM may see: the known implementations (reference lines, hidden test names). */
    static final String SECRET_RESOURCES = "dlecon/grading/mutants/";
    /** Harness packages the tests never load (the runner and the API of the graders stay). */
    private static final List<String> HARNESS_ONLY = List.of("dlecon/grading/batch/", "dlecon/grading/check/",
            "dlecon/grading/cli/", "dlecon/grading/compile/", "dlecon/grading/engine/", "dlecon/grading/gradescope/",
            "dlecon/grading/model/", "dlecon/grading/mutation/", "dlecon/grading/report/", "dlecon/grading/sandbox/",
            "dlecon/grading/sheets/", SECRET_RESOURCES);
    /** Jars of the harness alone: bytecode analysis, command line, progress bars, source parsing. */
    private static final List<String> HARNESS_JARS = List.of("asm-", "picocli-", "progressbar-", "jline-",
            "javaparser-", "snakeyaml-", "jackson-dataformat-yaml-", "xchart-");
    /** A staging of another build unused this long is deleted (a grader run never lasts a day). */
    private static final int STALE_AFTER_HOURS = 24;
    private static final Set<PosixFilePermission> READABLE_DIR = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READABLE_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path root;
    private final List<String> classPath;
    private final Path graders;

    private TestRuntime(Path root, List<String> classPath, Path graders) {
        this.root = root;
        this.classPath = List.copyOf(classPath);
        this.graders = graders;
    }

    /** The harness's class path entry holding the graders ({@code dlecon/graders/}), or null when none does. */
    public Path graders() {
        return graders;
    }

    /** The staged folder (also home of the class-data archive). */
    public Path root() {
        return root;
    }

    /** The test JVMs' class path: entries inside {@link #root()}. */
    public List<String> classPath() {
        return classPath;
    }

    /** Stages {@code harnessClassPath} (or reuses the staged copy of the same build). */
    public static synchronized TestRuntime stage(List<String> harnessClassPath) {
        List<Path> entries = harnessClassPath.stream().map(Path::of).filter(Files::exists)
                .filter(p -> !harnessOnly(p)).toList();
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Path root = base.resolve("dlecon-runtime-" + owner() + "-" + key(entries));
        List<String> cp = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            cp.add(root.resolve(stagedName(i, entries.get(i))).toString());
        }
        try {
            if (!trusted(root)) {
                Path tmp = Files.createTempDirectory(base, "dlecon-runtime-");
                for (int i = 0; i < entries.size(); i++) {
                    copy(entries.get(i), tmp.resolve(stagedName(i, entries.get(i))));
                }
                removeStale(base, root);
                Files.writeString(tmp.resolve("complete"), "staged test runtime\n", StandardCharsets.UTF_8);
                readableByAll(tmp);
                try {
                    Files.move(tmp, root, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) { // another harness staged the same build first, or a stale copy
                    deleteTree(tmp);
                    if (!trusted(root)) {
                        throw new IOException("cannot stage the test runtime in " + root + ": " + raced.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the test JVMs' class path: " + e.getMessage(), e);
        }
        touch(root.resolve("complete"));
        Path graders = entries.stream().filter(TestRuntime::holdsGraders).findFirst().orElse(null);
        return new TestRuntime(root, cp, graders);
    }

    private static void touch(Path marker) {
        try {
            Files.setLastModifiedTime(marker, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only the stale-staging cleanup reads this time
        }
    }

    private static boolean holdsGraders(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isDirectory(entry.resolve(GraderAliases.GRADERS));
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(entry.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().startsWith(GraderAliases.GRADERS));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean harnessOnly(Path entry) {
        String name = entry.getFileName().toString();
        return name.endsWith(".jar") && HARNESS_JARS.stream().anyMatch(name::startsWith);
    }

    private static String stagedName(int index, Path entry) {
        String name = entry.getFileName().toString();
        return String.format("%02d-%s", index, name.endsWith(".jar") ? name : name + ".jar");
    }

    /** Copies one class path entry into a jar, without the harness's own packages and the secret resources. */
    private static void copy(Path from, Path to) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            if (Files.isDirectory(from)) {
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = from.relativize(f).toString().replace('\\', '/');
                        if (kept(name)) {
                            out.putNextEntry(new ZipEntry(name));
                            Files.copy(f, out);
                            out.closeEntry();
                        }
                    }
                }
            } else {
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from))) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        if (!e.isDirectory() && kept(e.getName())) {
                            out.putNextEntry(new ZipEntry(e.getName()));
                            in.transferTo(out);
                            out.closeEntry();
                        }
                    }
                }
            }
        }
    }

    private static boolean kept(String name) {
        return HARNESS_ONLY.stream().noneMatch(name::startsWith);
    }

    /** True when {@code root} is a complete staging of this user that nobody else can write. */
    private static boolean trusted(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(root.resolve("complete"))) {
            return false;
        }
        String me = System.getProperty("user.name");
        if (!Files.getOwner(root, LinkOption.NOFOLLOW_LINKS).getName().equals(me)) {
            return false;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(root, LinkOption.NOFOLLOW_LINKS);
        return !p.contains(PosixFilePermission.GROUP_WRITE) && !p.contains(PosixFilePermission.OTHERS_WRITE);
    }

    private static void readableByAll(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? READABLE_DIR : READABLE_FILE);
            }
        }
    }

    /** Deletes this user's stagings of other builds not used for {@link #STALE_AFTER_HOURS} hours. */
    private static void removeStale(Path base, Path current) throws IOException {
        long cutoff = System.currentTimeMillis() - STALE_AFTER_HOURS * 3_600_000L;
        try (Stream<Path> s = Files.list(base)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("dlecon-runtime-" + owner() + "-"))
                    .filter(p -> !p.equals(current)).toList()) {
                Path marker = p.resolve("complete");
                if (trusted(p) && Files.getLastModifiedTime(marker).toMillis() < cutoff) {
                    deleteTree(p);
                }
            }
        }
    }

    /** Deletes {@code dir} and everything in it; what cannot be deleted stays (a temporary folder). */
    static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover of a lost race in the temporary folder; harmless
        }
    }

    private static String owner() {
        return System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** Hashes every entry's path, size and time (every file of a folder), so each build gets its own staging. */
    private static String key(List<Path> entries) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join("|", HARNESS_ONLY).getBytes(StandardCharsets.UTF_8));
            for (Path e : entries) {
                List<Path> files;
                try (Stream<Path> s = Files.isDirectory(e) ? Files.walk(e) : Stream.of(e)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update((f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class path: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
