package dlecon.tools.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Chooses which grader sources a student may see: every public suite ({@code @GraderSuite(..., visibility =
 * Visibility.PUBLIC)}) and {@code package-info.java} under {@code dlecon/graders}, plus, transitively, the helper
 * classes their code names (same package, or imported from another grader package; comments and string literals do not
 * count). Hidden suites and the helpers only hidden suites use are left out.
 */
final class PublicGraders {

    private static final Pattern NOT_CODE = Pattern.compile(
            "\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|//[^\n]*|/\\*[\\s\\S]*?\\*/");
    private static final Pattern SUITE = Pattern.compile("@GraderSuite\\(([^)]*)\\)");

    private PublicGraders() {
    }

    /**
     * The selected files, relative to {@code sourceRoot} (the graders' {@code src/main/java}), sorted.
     *
     * @throws IllegalStateException when no public suite is found
     */
    static List<Path> select(Path sourceRoot) {
        Map<Path, String> all = sources(sourceRoot);
        TreeSet<Path> chosen = new TreeSet<>();
        List<Path> queue = new ArrayList<>();
        for (Map.Entry<Path, String> f : all.entrySet()) {
            if ("PUBLIC".equals(visibility(f.getValue()))) {
                chosen.add(f.getKey());
                queue.add(f.getKey());
            } else if (f.getKey().getFileName().toString().equals("package-info.java")) {
                chosen.add(f.getKey()); // exported, but what its prose names is not followed
            }
        }
        if (queue.stream().noneMatch(p -> "PUBLIC".equals(visibility(all.get(p))))) {
            throw new IllegalStateException("no public grader suite below " + sourceRoot.resolve("dlecon/graders"));
        }
        while (!queue.isEmpty()) {
            Path from = queue.remove(queue.size() - 1);
            String text = code(all.get(from));
            for (Path candidate : all.keySet()) {
                if (!chosen.contains(candidate) && !"HIDDEN".equals(visibility(all.get(candidate)))
                        && references(from, text, candidate)) {
                    chosen.add(candidate);
                    queue.add(candidate);
                }
            }
        }
        return List.copyOf(chosen);
    }

    /** {@code source} without comments, string, text-block and character literals (names in prose do not count). */
    static String code(String source) {
        return NOT_CODE.matcher(source).replaceAll(" ");
    }

    /** The simple class names of the hidden suites below {@code sourceRoot}, sorted. */
    static List<String> hiddenSuites(Path sourceRoot) {
        return sources(sourceRoot).entrySet().stream().filter(f -> "HIDDEN".equals(visibility(f.getValue())))
                .map(f -> f.getKey().getFileName().toString().replace(".java", "")).sorted().toList();
    }

    /** Every grader source file, relative to {@code sourceRoot}, with its text, in path order. */
    private static Map<Path, String> sources(Path sourceRoot) {
        Path graders = sourceRoot.resolve("dlecon/graders");
        Map<Path, String> all = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(graders)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                all.put(sourceRoot.relativize(f), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read grader sources under " + graders, e);
        }
        return all;
    }

    /** "PUBLIC" or "HIDDEN" for a suite's source, null for any other class. */
    private static String visibility(String source) {
        Matcher m = SUITE.matcher(code(source));
        if (!m.find()) {
            return null;
        }
        if (m.group(1).contains("Visibility.PUBLIC")) {
            return "PUBLIC";
        }
        if (m.group(1).contains("Visibility.HIDDEN")) {
            return "HIDDEN";
        }
        throw new IllegalStateException("cannot tell the visibility of the suite: " + m.group());
    }

    /** True when {@code text} (the source of {@code from}) names the class of {@code candidate}. */
    private static boolean references(Path from, String text, Path candidate) {
        String simple = candidate.getFileName().toString().replace(".java", "");
        if (simple.equals("package-info")) {
            return false;
        }
        if (from.getParent().equals(candidate.getParent())) {
            return Pattern.compile("\\b" + Pattern.quote(simple) + "\\b").matcher(text).find();
        }
        String pkg = candidate.getParent().toString().replace('\\', '/').replace('/', '.');
        return text.contains("import " + pkg + "." + simple + ";") || text.contains("import " + pkg + ".*;")
                || text.contains("import static " + pkg + "." + simple + ".");
    }
}
