package dlecon.grading.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * (path, size, mtime) of everything a grading run must not change: the submission folder and the project root
 * (without {@code target/} and {@code .git/}), recursively, and the top level of the user's home and of
 * {@code /tmp}. At the top level of home and /tmp, other processes of a shared build machine create and change files
 * all the time, so only names a grading run or an attack could leave there are compared ({@link #WATCHED}: anything
 * named dlecon*, report files, class and source files, the fork's files), without the engine's own
 * {@code dlecon-grade-*} work folders and other tools' {@code dlecon-mutant-*} folders. Top-level folders are
 * compared by existence only. The canary files catch the file-writing attacks themselves.
 */
final class FileSnapshot {

    /** Top-level names of /tmp and home that a grading run or an attack could leave behind. */
    private static final java.util.regex.Pattern WATCHED = java.util.regex.Pattern.compile(
            "(?!dlecon-grade-|dlecon-mutant-)dlecon.*|.*\\.(json|xml|csv|md|class|java|jar|so|properties)|TEST-.*"
                    + "|fork-.*|classes|channel.*|tests.*");
    /** Watched names left out: the engine's and JUnit's work folders, JVM perf data, Maven's jline library. */
    private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern.compile(
            "dlecon-grade-.*|dlecon-mutant-.*|dlecon-runtime-.*|dlecon-aliases-.*|junit.*|hsperfdata_.*|jlinenative-.*");

    private final Map<String, String> entries;

    private FileSnapshot(Map<String, String> entries) {
        this.entries = entries;
    }

    static FileSnapshot take(Path submission) {
        Map<String, String> m = new TreeMap<>();
        walk(submission, m, Integer.MAX_VALUE);
        walk(HostileFixture.ROOT, m, Integer.MAX_VALUE);
        walk(Path.of(System.getProperty("user.home")), m, 1);
        walk(Path.of("/tmp"), m, 1);
        return new FileSnapshot(m);
    }

    private static boolean ignored(Path p, int depth) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        if (depth == Integer.MAX_VALUE) {
            return n.equals("target") || n.equals(".git");
        }
        return NOISE.matcher(n).matches() || !WATCHED.matcher(n).matches();
    }

    private static void walk(Path root, Map<String, String> m, int depth) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.toList()) {
                if (ignored(p, depth)) {
                    continue;
                }
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue; // vanished meanwhile
                }
                if (a.isDirectory()) {
                    m.put(p.toString(), "dir");
                    if (depth > 1) {
                        walk(p, m, depth);
                    }
                } else {
                    m.put(p.toString(), a.size() + " bytes, modified " + a.lastModifiedTime().toMillis());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Every path created, deleted or changed since {@code before}, one line each. */
    List<String> changesSince(FileSnapshot before) {
        List<String> changes = new ArrayList<>();
        before.entries.forEach((p, v) -> {
            String now = entries.get(p);
            if (now == null) {
                changes.add("deleted " + p);
            } else if (!Objects.equals(now, v)) {
                changes.add("changed " + p + ": " + v + " -> " + now);
            }
        });
        entries.keySet().stream().filter(p -> !before.entries.containsKey(p)).forEach(p -> changes.add("created " + p));
        return changes;
    }
}
