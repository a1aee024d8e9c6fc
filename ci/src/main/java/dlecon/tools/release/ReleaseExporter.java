package dlecon.tools.release;

import dlecon.tools.template.TemplateGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ci/release --out DIR}: exports the standalone student repository a teacher pushes as a template repository
 * (handed out by Classroom 50 or any other way). DIR receives
 * <ul>
 *   <li>{@code solution/}: the stubs, generated from the reference's marked regions (as {@code ci/make-template}),
 *       whose {@code mvn verify} runs the public grader tests against them;</li>
 *   <li>{@code exercises/}: the API sources and the exercise sheets {@code E<n>-.../README.md};</li>
 *   <li>{@code graders/}: the grading engine and the public suites with the helpers they use
 *       ({@link PublicGraders}), without the known-wrong implementations (fragments of the reference);</li>
 *   <li>a parent {@code pom.xml} with every version ({@link ReleasePoms}) and the files of {@code ci/student-repo/}
 *       (README for students, {@code ./grade}, {@code .github/workflows/grade.yml}), plus the launcher
 *       {@code ci/grade} and {@code ci/lib/module-java} it runs.</li>
 * </ul>
 * The export is written beside DIR and scanned before it is moved to DIR: a solution marker or a hidden suite's name
 * anywhere fails it, and nothing is left under DIR's name.
 */
public final class ReleaseExporter {

    private static final Pattern MARKER = Pattern.compile("//\\s*(BEGIN|END)\\s+(SOLUTION|REMOVE)");
    private static final List<String> EXECUTABLE = List.of("grade", "ci/actions-grade", "ci/grade", "ci/lib/module-java");

    private final Path root;
    private final Path out;

    private ReleaseExporter(Path root, Path out) {
        this.root = root;
        this.out = out;
    }

    /**
     * Exports the student repository of the project at {@code root} into {@code out}.
     *
     * @return the number of files written
     * @throws IllegalArgumentException when {@code out} exists and is not an empty folder (nothing is overwritten)
     * @throws IllegalStateException    when a POM cannot be rewritten or the export holds hidden material
     */
    public static int export(Path root, Path out) {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !isEmptyDirectory(out)) {
            throw new IllegalArgumentException(out + " exists and is not empty: choose a new folder");
        }
        // written and scanned beside DIR first: a refused export never appears under DIR's name
        Path partial = out.resolveSibling("." + out.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            deleteTree(partial);
            int n = new ReleaseExporter(root, partial).run();
            Files.deleteIfExists(out);
            Files.move(partial, out);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export into " + out, e);
        } finally {
            deleteTree(partial);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the partial export " + dir, e);
        }
    }

    private int run() {
        List<Path> written = new ArrayList<>();
        written.add(write("pom.xml", ReleasePoms.parent(read("pom.xml"))));
        written.add(write("exercises/pom.xml", ReleasePoms.exercises(read("exercises/pom.xml"))));
        written.addAll(copyTree("exercises/src/main", "exercises/src/main", p -> true));
        written.addAll(copyTree("exercises", "exercises", p -> p.getNameCount() == 2
                && p.getName(0).toString().matches("E[1-7]-.*") && p.getFileName().toString().equals("README.md")));
        written.add(write("graders/pom.xml", ReleasePoms.graders(read("graders/pom.xml"))));
        written.addAll(copyTree("graders/src/main/java/dlecon/grading", "graders/src/main/java/dlecon/grading",
                p -> true));
        Path graderSources = root.resolve("graders/src/main/java");
        for (Path p : PublicGraders.select(graderSources)) {
            written.add(copy(graderSources.resolve(p), "graders/src/main/java/" + slash(p)));
        }
        written.addAll(copyTree("graders/src/main/resources", "graders/src/main/resources",
                p -> !slash(p).startsWith("dlecon/grading/mutants/")));
        written.add(write("solution/pom.xml", ReleasePoms.solution(read("student-template/pom.xml"))));
        TemplateGenerator.generateTree(root.resolve("reference/src/main/java/dlecon/solution"),
                out.resolve("solution/src/main/java/dlecon/solution"));
        written.addAll(list(out.resolve("solution/src/main/java")));
        written.addAll(copyTree("ci/student-repo", "", p -> true));
        written.add(copy(root.resolve("ci/lib/module-java"), "ci/lib/module-java"));
        written.add(copy(root.resolve("ci/grade"), "ci/grade"));
        EXECUTABLE.forEach(f -> out.resolve(f).toFile().setExecutable(true, false));
        scan(PublicGraders.hiddenSuites(graderSources));
        return written.size();
    }

    /** Fails when a file of the export holds a solution marker or names a hidden suite. */
    private void scan(List<String> hiddenSuites) {
        Pattern hidden = Pattern.compile("\\b(" + String.join("|", hiddenSuites) + ")\\b");
        for (Path f : list(out)) {
            String text = readText(f);
            String rel = slash(out.relativize(f));
            if (MARKER.matcher(text).find()) {
                throw new IllegalStateException("the export holds a solution marker in " + rel);
            }
            if (!hiddenSuites.isEmpty() && (hidden.matcher(text).find() || hidden.matcher(rel).find())) {
                throw new IllegalStateException("the export names a hidden grader suite in " + rel);
            }
        }
    }

    private List<Path> copyTree(String from, String to, Predicate<Path> keep) {
        Path source = root.resolve(from);
        List<Path> done = new ArrayList<>();
        for (Path f : list(source)) {
            Path rel = source.relativize(f);
            if (keep.test(rel)) {
                done.add(copy(f, to.isEmpty() ? slash(rel) : to + "/" + slash(rel)));
            }
        }
        return done;
    }

    private Path copy(Path source, String to) {
        Path target = out.resolve(to);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
        return target;
    }

    private Path write(String to, String text) {
        Path target = out.resolve(to);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }

    private String read(String file) {
        return readText(root.resolve(file));
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Regular files below {@code dir} (symbolic links not followed, target folders skipped), sorted. */
    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !dir.relativize(p).toString().startsWith("target")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String slash(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** Command line: {@code ReleaseExporter --out DIR}; the project is {@code -Ddlecon.project.root} or the cwd. */
    public static void main(String[] args) {
        if (args.length != 2 || !args[0].equals("--out")) {
            System.err.println("usage: ci/release --out DIR   (DIR must not exist or be empty)");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("dlecon.project.root", ".")).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        try {
            int n = export(root, out);
            System.out.println("exported the student repository (" + n + " files) to " + out);
            System.out.println("next: cd " + out + " && git init && git add . && git commit -m 'Course template'"
                    + " && push it, then mark it as a template repository (Classroom 50 or any other way of handing it"
                    + " out)");
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(e instanceof IllegalArgumentException ? 2 : 1);
        }
    }

}
