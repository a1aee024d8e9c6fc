package dlecon.grading.engine;

import dlecon.api.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Java sources of a submission, grouped by exercise. Only files under {@code dlecon/solution/eN/} of the source
 * root are used; build files, tests, resources, {@code META-INF/services} and every other file are ignored (and the
 * ignored Java files listed), so nothing but source code of the exercises reaches the compiler.
 *
 * @param id      the submission's id (student id, "reference" or "student-template")
 * @param root    the folder the sources were taken from
 * @param sources per exercise, its source files (absent when the exercise was not submitted)
 * @param ignored Java files outside every exercise package, relative to the source root
 */
public record Submission(String id, Path root, Map<Exercise, List<Path>> sources, List<String> ignored) {

    /** Largest source file accepted; larger ones are not compiled (generated or hostile input). */
    public static final long MAX_SOURCE_BYTES = 1 << 20;

    public Submission {
        sources = Map.copyOf(sources);
        ignored = List.copyOf(ignored);
    }

    /**
     * Reads the submission in {@code folder}: its source root is {@code folder/src/main/java} when that exists (the
     * layout of the student template), else the folder itself. Symbolic links are not followed.
     *
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static Submission read(String id, Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("submission folder " + folder + " does not exist");
        }
        Path root = Files.isDirectory(folder.resolve("src/main/java"), LinkOption.NOFOLLOW_LINKS)
                ? folder.resolve("src/main/java") : folder;
        Map<Exercise, List<Path>> sources = new EnumMap<>(Exercise.class);
        List<String> ignored = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    ignored.add(root.relativize(f) + " (not a regular file)");
                    continue;
                }
                Exercise e = exerciseOf(root.relativize(f));
                if (e == null) {
                    ignored.add(root.relativize(f) + " (outside dlecon/solution/e1..e7)");
                } else if (Files.size(f) > MAX_SOURCE_BYTES) {
                    ignored.add(root.relativize(f) + " (larger than " + MAX_SOURCE_BYTES + " bytes)");
                } else {
                    sources.computeIfAbsent(e, k -> new ArrayList<>()).add(f);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read submission " + folder, ex);
        }
        return new Submission(id, root, sources, ignored);
    }

    /** The exercise whose package folder holds {@code relative}, or null. */
    static Exercise exerciseOf(Path relative) {
        String p = relative.toString().replace('\\', '/');
        for (Exercise e : Exercise.values()) {
            String dir = e.solutionPackage().replace('.', '/') + "/";
            if (p.startsWith(dir)) {
                return e;
            }
        }
        return null;
    }

    /** True when the submission has sources of {@code e}. */
    public boolean has(Exercise e) {
        return sources.containsKey(e);
    }
}
