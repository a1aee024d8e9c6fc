package dlecon.grading.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Class files of exercises that compiled, kept by content: the key is the SHA-256 of everything javac's output
 * depends on (the JDK, the content of the harness build that holds the compiler settings and of the class path's
 * entries, and every source file's path below the root and its bytes), never a time stamp. A regrade of unchanged sources then
 * copies the classes instead of compiling; one changed byte is a new key. Only successful compilations are kept.
 * The folder belongs to the harness's user alone ({@code rwx------}); one owned by anybody else, or writable by others,
 * is not used. Callers must only use a cache that test JVMs cannot write (see {@code GradingRun}). At most
 * {@value #MAX_ENTRIES} entries are kept; the least recently used go first.
 */
public final class ClassCache {

    /** Entries kept; a class of 500 students times 7 exercises fits, at some 20 KB each. */
    static final int MAX_ENTRIES = 4096;
    private static final String FORMAT = "dlecon class cache 1";
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private final Path root;
    private final int maxEntries;

    private ClassCache(Path root, int maxEntries) {
        this.root = root;
        this.maxEntries = maxEntries;
    }

    /**
     * The cache in {@code folder} (created, private to this user, when absent), or null when the folder cannot be
     * used: it is a link, not this user's, or writable by others.
     */
    public static ClassCache at(Path folder) {
        return at(folder, MAX_ENTRIES);
    }

    /** As {@link #at(Path)}, keeping at most {@code maxEntries} entries. */
    static ClassCache at(Path folder, int maxEntries) {
        Path classes = privateFolder(folder, "classes");
        return classes == null ? null : new ClassCache(classes, maxEntries);
    }

    /**
     * {@code folder/name}, both created private to this user ({@code rwx------}) when absent; null when either is a
     * link, not this user's or writable by others, or cannot be made.
     */
    public static Path privateFolder(Path folder, String name) {
        try {
            Path sub = folder.resolve(name);
            for (Path p : List.of(folder, sub)) {
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(p);
                    Files.setPosixFilePermissions(p, PRIVATE);
                }
                if (!trusted(p)) {
                    return null;
                }
            }
            return sub;
        } catch (IOException | UnsupportedOperationException e) {
            return null; // no cache
        }
    }

    /**
     * The default folder: {@code $XDG_CACHE_HOME/dlecon-grader}, else {@code ~/.cache/dlecon-grader}; null (no cache)
     * when neither names an absolute folder (a container user without a home).
     */
    public static Path defaultFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home", "");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.isBlank() ? null : Path.of(home, ".cache");
        return base == null || !base.isAbsolute() ? null : base.resolve("dlecon-grader");
    }

    /**
     * The key of compiling {@code sources} (below {@code root}) against {@code classPath} with this harness build.
     *
     * @throws UncheckedIOException when a source cannot be read (the compiler then names it)
     */
    public String key(Path root, List<Path> sources, List<Path> classPath) {
        try {
            MessageDigest md = ContentHash.sha256();
            update(md, FORMAT);
            update(md, System.getProperty("java.home") + "|" + System.getProperty("java.vm.version"));
            update(md, ContentHash.of(SourceCompiler.locationOf(SourceCompiler.class)));
            for (Path entry : classPath) {
                update(md, ContentHash.of(entry));
            }
            List<Path> sorted = sources.stream().sorted(Comparator.comparing(s -> relative(root, s))).toList();
            for (Path s : sorted) {
                byte[] bytes = Files.readAllBytes(s);
                update(md, relative(root, s) + "|" + bytes.length);
                md.update(bytes);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when classes are kept under {@code key}. */
    public boolean contains(String key) {
        return Files.isDirectory(root.resolve(key), LinkOption.NOFOLLOW_LINKS);
    }

    /** Copies the classes kept under {@code key} into {@code out}; false when there are none. */
    public boolean restore(String key, Path out) {
        Path entry = root.resolve(key);
        if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            copyClasses(entry, out);
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis())); // recently used
            return true;
        } catch (IOException e) {
            return false; // a half-deleted entry: compiled again
        }
    }

    /** Keeps the class files of {@code classes} under {@code key}; a failure only means the next grade compiles. */
    public void store(String key, Path classes) {
        Path entry = root.resolve(key);
        if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory(root, "tmp-");
            copyClasses(classes, tmp);
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            evict();
        } catch (FileAlreadyExistsException raced) {
            // another harness kept the same classes first
        } catch (IOException e) {
            // not kept
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    /** Deletes the least recently used entries beyond the most this cache keeps. */
    private void evict() throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(root)) {
            entries = s.filter(p -> !p.getFileName().toString().startsWith("tmp-")).toList();
        }
        if (entries.size() <= maxEntries) {
            return;
        }
        entries.stream().sorted(Comparator.comparingLong(ClassCache::lastUsed))
                .limit(entries.size() - maxEntries).forEach(ClassCache::delete);
    }

    private static long lastUsed(Path entry) {
        try {
            return Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Copies the regular {@code .class} files below {@code from} into {@code to}, keeping their relative paths. */
    private static void copyClasses(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().endsWith(".class")).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // left for the next eviction
        }
    }

    private static boolean trusted(Path p) throws IOException {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
            return false;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        return !perms.contains(PosixFilePermission.GROUP_WRITE) && !perms.contains(PosixFilePermission.OTHERS_WRITE);
    }

    private static String relative(Path root, Path source) {
        return root.toAbsolutePath().normalize().relativize(source.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }
}
