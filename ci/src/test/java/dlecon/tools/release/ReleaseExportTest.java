package dlecon.tools.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported student repository holds everything a student needs and no hidden material. The hidden material is
 * collected here, independently of the exporter, from this repository's sources: hidden suites (class names, test
 * method names, display names), the lines of every solution region of the reference, and the code fragments of the
 * known-wrong implementations.
 */
class ReleaseExportTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Solution lines shorter than this (e.g. "return x * y;") are too generic to identify solution text. */
    private static final int MIN_SOLUTION_LINE = 30;
    /** Mutant fragments shorter than this are too generic (e.g. "< 0"). */
    private static final int MIN_FRAGMENT = 12;

    @TempDir
    static Path tmp;
    static Path out;
    static Map<Path, String> exported;

    @BeforeAll
    static void export() throws IOException {
        out = tmp.resolve("student-repo");
        ReleaseExporter.export(ROOT, out);
        exported = new LinkedHashMap<>();
        for (Path f : files(out)) {
            exported.put(out.relativize(f), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
    }

    @Test
    void holdsTheStudentRepository() {
        assertThat(exported.keySet()).extracting(Path::toString).contains("pom.xml", "README.md", "grade",
                ".gitignore", ".github/workflows/grade.yml", "ci/actions-grade", "ci/grade", "ci/lib/module-java",
                "exercises/pom.xml", "graders/pom.xml", "solution/pom.xml",
                "exercises/E3-mlp-backprop/README.md", "exercises/src/main/java/dlecon/api/Exercise.java",
                "graders/src/main/java/dlecon/graders/e3/E3PublicGrader.java",
                "graders/src/main/java/dlecon/grading/cli/Main.java",
                "solution/src/main/java/dlecon/solution/e3/MlpSolution.java");
        assertThat(out.resolve("grade")).isExecutable();
        assertThat(out.resolve("ci/actions-grade")).isExecutable();
        assertThat(out.resolve("ci/grade")).isExecutable();
        assertThat(exported.get(Path.of("solution/src/main/java/dlecon/solution/e3/DenseLayer.java")))
                .contains("throw new UnsupportedOperationException(\"TODO E3");
        assertThat(exported.keySet()).as("no compiled or packaged files")
                .noneMatch(p -> p.toString().endsWith(".class") || p.toString().endsWith(".jar"));
        assertThat(exported.keySet()).as("no known implementations, indexes or equivalent-mutant list")
                .noneMatch(p -> p.toString().contains("resources/dlecon/grading/mutants/"));
        for (String pom : List.of("pom.xml", "exercises/pom.xml", "graders/pom.xml", "solution/pom.xml")) {
            assertThat(exported.get(Path.of(pom))).as(pom).doesNotContain("<relativePath>../../")
                    .doesNotContain("dlecon-reference").doesNotContain("<groupId>org.dlecon</groupId>");
        }
    }

    /**
     * The grader helpers a student may see, named one by one: a helper the public suites start to use must be added
     * here on purpose (and checked not to be a solution of another exercise, as an optimizer would be for E4). Each
     * package's {@code Tasks} (the names of the sheet's tasks, nothing else) is exported with its public suites.
     */
    private static final Set<String> PUBLIC_HELPERS = Set.of("e1/Notebook", "e3/BackpropCase",
            "e3/FiniteDifferences", "e3/GraderRprop", "e4/Quadratic", "e4/Rosenbrock", "e5/Masks", "e7/Hermite");

    @Test
    void exportsPublicSuitesAndOnlyTheHelpersNamedHere() throws IOException {
        Path graders = Path.of("graders/src/main/java/dlecon/graders");
        Set<String> expected = new TreeSet<>(PUBLIC_HELPERS);
        for (Path f : files(ROOT.resolve(graders))) {
            String text = Files.readString(f);
            String name = ROOT.resolve(graders).relativize(f).toString().replace(".java", "");
            if (text.contains("visibility = Visibility.PUBLIC") || name.endsWith("package-info")) {
                expected.add(name);
                if (text.contains("visibility = Visibility.PUBLIC") && Files.exists(f.resolveSibling("Tasks.java"))) {
                    expected.add(name.substring(0, name.lastIndexOf('/') + 1) + "Tasks");
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        for (Path p : exported.keySet()) {
            if (p.startsWith(graders)) {
                actual.add(graders.relativize(p).toString().replace(".java", ""));
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(tmp.resolve(".student-repo.partial-" + ProcessHandle.current().pid()))
                .as("no partial export left beside DIR").doesNotExist();
    }

    @Test
    void holdsNoHiddenSuiteOrTestName() throws IOException {
        Set<String> hidden = new LinkedHashSet<>();
        Set<String> publicNames = new LinkedHashSet<>();
        Pattern method = Pattern.compile("\\bvoid (\\w+)\\(");
        Pattern display = Pattern.compile("@DisplayName\\(((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?)+)\\)");
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        Set<String> hiddenSuites = new LinkedHashSet<>();
        int[] displayNames = new int[2]; // read, present
        for (Path f : files(ROOT.resolve("graders/src/main/java/dlecon/graders"))) {
            String text = Files.readString(f);
            boolean isHidden = text.contains("visibility = Visibility.HIDDEN");
            Set<String> names = isHidden ? hidden : publicNames;
            if (isHidden) {
                hiddenSuites.add(f.getFileName().toString().replace(".java", ""));
            }
            Matcher m = method.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
            displayNames[1] += text.split("@DisplayName\\(", -1).length - 1;
            Matcher d = display.matcher(text);
            while (d.find()) {
                displayNames[0]++;
                StringBuilder name = new StringBuilder();
                Matcher l = literal.matcher(d.group(1));
                while (l.find()) {
                    name.append(l.group(1).replace("\\\"", "\""));
                }
                names.add(name.toString());
            }
        }
        hidden.removeAll(publicNames);
        // every hidden suite has at least one test: a method name and a display name besides its class name
        assertThat(hiddenSuites).as("hidden suites found in the sources").isNotEmpty();
        assertThat(hidden).as("hidden test names found in the sources").hasSizeGreaterThanOrEqualTo(
                2 * hiddenSuites.size());
        assertThat(displayNames[0]).as("every @DisplayName read, also those split over lines").isEqualTo(
                displayNames[1]);
        hidden.addAll(hiddenSuites);
        for (Map.Entry<Path, String> f : exported.entrySet()) {
            for (String name : hidden) {
                assertThat(Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(f.getValue()).find())
                        .as("%s names the hidden test or suite '%s'", f.getKey(), name).isFalse();
            }
        }
    }

    @Test
    void holdsNoSolutionText() throws IOException {
        Set<String> solution = solutionText();
        for (int e = 1; e <= 7; e++) {
            List<String> lines = new ArrayList<>();
            for (Path f : files(ROOT.resolve("reference/src/main/java/dlecon/solution/e" + e))) {
                Files.readAllLines(f).forEach(l -> lines.add(l.strip()));
            }
            assertThat(lines).as("formula lines of E%d's solution regions are checked", e).anyMatch(solution::contains);
        }
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<Path, String> f : exported.entrySet()) {
            for (String line : solution) {
                if (f.getValue().contains(line)) {
                    leaks.add(f.getKey() + ": " + line);
                }
            }
            assertThat(Pattern.compile("//\\s*(BEGIN|END)\\s+(SOLUTION|REMOVE)").matcher(f.getValue()).find())
                    .as("%s holds a solution marker", f.getKey()).isFalse();
        }
        assertThat(leaks).as("solution text in the export").isEmpty();
    }

    @Test
    void theSolutionCheckWouldSeeAReferenceFile() throws IOException {
        Set<String> solution = solutionText();
        for (String file : List.of("e1/ScalarDescent.java", "e3/DenseLayer.java", "e4/Adam.java")) {
            String reference = Files.readString(ROOT.resolve("reference/src/main/java/dlecon/solution/" + file));
            assertThat(solution).as(file).anyMatch(reference::contains);
        }
    }

    /** Formula lines of the reference's solution regions and fragments of the known-wrong implementations. */
    private static Set<String> solutionText() throws IOException {
        Set<String> solution = new LinkedHashSet<>();
        Set<String> given = new LinkedHashSet<>();
        for (Path f : files(ROOT.resolve("reference/src/main/java/dlecon/solution"))) {
            boolean inside = false;
            for (String line : Files.readAllLines(f)) {
                String s = line.strip();
                if (s.startsWith("// BEGIN SOLUTION") || s.startsWith("// BEGIN REMOVE")) {
                    inside = true;
                } else if (s.startsWith("// END SOLUTION") || s.startsWith("// END REMOVE")) {
                    inside = false;
                } else if (!inside) {
                    given.add(s);
                } else if (isFormula(s)) {
                    solution.add(s);
                }
            }
        }
        solution.removeAll(given);
        for (Path f : files(ROOT.resolve("graders/src/main/resources/dlecon/grading/mutants"))) {
            if (f.toString().endsWith(".properties")) {
                Properties p = new Properties();
                try (var in = Files.newBufferedReader(f)) {
                    p.load(in);
                }
                boolean correct = p.getProperty("kind", "wrong").strip().equals("correct");
                for (String key : p.stringPropertyNames()) {
                    // every replaced reference fragment, and a correct variant's replacement (solution code too)
                    boolean fragment = key.matches("find(\\.\\d+)?") || correct && key.matches("replace(\\.\\d+)?");
                    if (fragment && p.getProperty(key).strip().length() >= MIN_FRAGMENT) {
                        solution.add(p.getProperty(key).strip());
                    }
                }
            }
        }
        return solution;
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path other) throws IOException {
        Path kept = Files.writeString(other.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> ReleaseExporter.export(ROOT, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not empty");
        assertThat(Files.readString(kept)).isEqualTo("mine");
        assertThat(other.resolve("pom.xml")).doesNotExist();
    }

    @Test
    void aPomThatNoLongerLooksAsExpectedStopsTheExport() {
        assertThatThrownBy(() -> ReleasePoms.parent("<project><groupId>org.dlecon</groupId></project>"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no modules found");
    }

    /**
     * A line of solution code that computes something: long enough, with arithmetic or a Math call, and not a loop or
     * condition header, an argument check or a comment (those repeat in the API and the graders' own oracles).
     */
    private static boolean isFormula(String s) {
        boolean arithmetic = s.matches(".*(\\*|/| \\+ | - |Math\\.).*");
        boolean generic = s.startsWith("for (") || s.startsWith("if (") || s.startsWith("while (")
                || s.startsWith("throw ") || s.startsWith("//") || s.startsWith("*") || s.startsWith("/*");
        return s.length() >= MIN_SOLUTION_LINE && arithmetic && !generic;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
