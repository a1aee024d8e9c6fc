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
 * @param ignored Java files left out, relative to the source root: those outside every exercise package by name, the
 *                others (links, devices) with their reason
 * @param notes   other sentences on how the submission was read (the source folder chosen among several, nothing
 *                found, a zip extracted), for every report
 */
public record Submission(String id, Path root, Map<Exercise, List<Path>> sources, List<String> ignored,
                         List<String> notes) {

    /** Ignored files named in a report; the rest are counted. */
    private static final int LISTED = 10;

    /** Largest source file accepted; larger ones are not compiled (generated or hostile input). */
    public static final long MAX_SOURCE_BYTES = 1 << 20;

    /** Source roots below a submission (or wrapping) folder, tried in this order before {@code dlecon/solution}. */
    private static final List<String> SOURCE_LAYOUTS = List.of("src/main/java", "solution/src/main/java");

    public Submission {
        sources = Map.copyOf(sources);
        ignored = List.copyOf(ignored);
        notes = List.copyOf(notes);
    }

    /**
     * What every report says about how the submission was read: {@link #notes}, then the ignored Java files (the first
     * {@value #LISTED} named with their reason, the rest counted).
     */
    public List<String> readingNotes() {
        List<String> out = new ArrayList<>(notes);
        if (!ignored.isEmpty()) {
            out.add("Ignored " + ignored.size() + " Java file(s) (only dlecon/solution/e1..e7 is graded): "
                    + String.join(", ", ignored.subList(0, Math.min(LISTED, ignored.size())))
                    + (ignored.size() > LISTED ? " and " + (ignored.size() - LISTED) + " more." : "."));
        }
        return out;
    }

    /** This submission with {@code note} before its other notes. */
    public Submission withNote(String note) {
        List<String> more = new ArrayList<>(List.of(note));
        more.addAll(notes);
        return new Submission(id, root, sources, ignored, more);
    }

    /** This submission without its list of ignored files (the project's own folders hold other code by design). */
    public Submission withoutIgnored() {
        return new Submission(id, root, sources, List.of(), notes);
    }

    /**
     * Reads the submission in {@code folder}, from the source root {@link #sourceRoot} finds. Symbolic links are not
     * followed.
     *
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static Submission read(String id, Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("submission folder " + folder + " does not exist");
        }
        Path root = sourceRoot(folder);
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
                    ignored.add(root.relativize(f).toString());
                } else { // a file over MAX_SOURCE_BYTES stays: its exercise fails to compile, naming it
                    sources.computeIfAbsent(e, k -> new ArrayList<>()).add(f);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read submission " + folder, ex);
        }
        List<String> notes = new ArrayList<>();
        List<Path> roots = candidateRoots(folder);
        if (roots.size() > 1) {
            notes.add("Several source folders hold dlecon/solution: graded " + relative(folder, root)
                    + "; not graded: " + String.join(", ", roots.stream().filter(r -> !r.equals(root))
                    .map(r -> relative(folder, r)).toList()) + ".");
        }
        if (sources.isEmpty()) {
            notes.add("No exercise sources found (expected .java files under src/main/java/dlecon/solution/e1..e7): "
                    + "every exercise is graded as not submitted.");
        }
        return new Submission(id, root, sources, ignored, notes);
    }

    /** {@code p} relative to the submission folder, "the top folder" for the folder itself. */
    private static String relative(Path folder, Path p) {
        String r = folder.relativize(p).toString().replace('\\', '/');
        return r.isEmpty() ? "the top folder" : r;
    }

    /**
     * The source root of a submission folder: the first of {@code src/main/java} (the student template's layout),
     * {@code solution/src/main/java} (a released student repository) and the folder itself that holds
     * {@code dlecon/solution}; then the same three inside one wrapping sub-folder (a zip or download with a top folder;
     * the first such sub-folder in name order, hidden ones and {@code __MACOSX} skipped); when none holds
     * {@code dlecon/solution}, {@code src/main/java} if it exists, else the folder itself. Every folder on the way must
     * be a real folder: symbolic links are not followed.
     */
    public static Path sourceRoot(Path folder) {
        Path root = layoutRoot(folder);
        if (root != null) {
            return root;
        }
        root = wrappedRoot(folder);
        if (root != null) {
            return root;
        }
        return realFolders(folder, SOURCE_LAYOUTS.get(0)) ? folder.resolve(SOURCE_LAYOUTS.get(0)) : folder;
    }

    /**
     * Every folder of {@code folder} that could be its source root (the layouts of {@link #sourceRoot}, also inside
     * wrapping sub-folders), in the order {@link #sourceRoot} prefers them: more than one means the choice matters.
     */
    public static List<Path> candidateRoots(Path folder) {
        List<Path> out = new ArrayList<>();
        List<Path> bases = new ArrayList<>(List.of(folder));
        try (Stream<Path> children = Files.list(folder)) {
            children.sorted().filter(c -> !c.getFileName().toString().startsWith(".")
                    && !c.getFileName().toString().equals("__MACOSX")
                    && Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)).forEach(bases::add);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read submission " + folder, ex);
        }
        for (Path base : bases) {
            for (String layout : SOURCE_LAYOUTS) {
                if (realFolders(base, layout + "/dlecon/solution")) {
                    out.add(base.resolve(layout));
                }
            }
            if (realFolders(base, "dlecon/solution")) {
                out.add(base);
            }
        }
        return out.stream().distinct().toList(); // solution/src/main/java is a layout and a wrapped src/main/java
    }

    /** The source root inside the first wrapping sub-folder that has one, or null. */
    private static Path wrappedRoot(Path folder) {
        Path root;
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (!name.startsWith(".") && !name.equals("__MACOSX")
                        && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
                        && (root = layoutRoot(child)) != null) {
                    return root;
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read submission " + folder, ex);
        }
        return null;
    }

    /** The source root of {@code base} by one of the three layouts that holds {@code dlecon/solution}, or null. */
    private static Path layoutRoot(Path base) {
        for (String layout : SOURCE_LAYOUTS) {
            if (realFolders(base, layout + "/dlecon/solution")) {
                return base.resolve(layout);
            }
        }
        return realFolders(base, "dlecon/solution") ? base : null;
    }

    /** True when every folder of {@code relative} below {@code base} exists and is no symbolic link. */
    private static boolean realFolders(Path base, String relative) {
        Path p = base;
        for (String part : relative.split("/")) {
            p = p.resolve(part);
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
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
