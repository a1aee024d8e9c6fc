package dlecon.grading.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiler JVM gives the same classes and diagnostics as compiling in this JVM, stops a file that makes javac
 * work exponentially at its time or memory limit with a clear message (the next request still compiles), refuses
 * too many or too large sources before javac starts, and leaves no process behind once closed.
 */
class CompilerProcessTest {

    private static final Path REFERENCE = Path.of("../reference/src/main/java");
    /** Nesting depth of try/finally that makes javac's work (and memory) grow beyond any limit. */
    private static final int PATHOLOGICAL_DEPTH = 24;
    /** Time limit of the tests: short, so the pathological case is quick. */
    private static final int TEST_SECONDS = 3;
    /** Slack for killing the compiler JVM and for a loaded machine. */
    private static final long SLACK_MILLIS = 5000;
    private static final CompileLimits SHORT = CompileLimits.DEFAULT.withSeconds(TEST_SECONDS);

    /** A correct class, a class with two errors, and the 24-deep try/finally nest. */
    static Path source(Path root, String name, String body) throws IOException {
        Path src = root.resolve("dlecon/solution/e1/" + name + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package dlecon.solution.e1;\n\n/** Probe. */\nfinal class " + name + " {\n" + body
                + "\n}\n");
        return src;
    }

    /** A method whose body is {@code depth} try/finally blocks, each nested in the previous one's finally. */
    static String nestedTryFinally(int depth) {
        String body = "s += x;";
        for (int i = 0; i < depth; i++) {
            body = "try { s += " + i + "; } finally { " + body + " }";
        }
        return "    static int deep(int x) {\n        int s = 0;\n        " + body + "\n        return s;\n    }";
    }

    private static Path good(Path root) throws IOException {
        return source(root, "Good", "    static double twice(double x) {\n        return 2 * x;\n    }");
    }

    @Test
    void correctSourcesGiveTheSameClassesAsInProcess(@TempDir Path tmp) throws IOException {
        List<Path> sources = javaFiles(REFERENCE.resolve("dlecon/solution/e3"));
        CompileResult inProcess = SourceCompiler.forApi().compile(REFERENCE, sources, tmp.resolve("here"));
        CompileResult child;
        try (CompilerProcess javac = new CompilerProcess(SourceCompiler.apiClassPath(), CompileLimits.DEFAULT)) {
            child = javac.compile(REFERENCE, sources, tmp.resolve("child"));
        }
        assertThat(child.ok()).as("%s", child.diagnostics()).isTrue();
        assertThat(child.classes()).isEqualTo(tmp.resolve("child"));
        assertThat(classes(tmp.resolve("child"))).isNotEmpty().isEqualTo(classes(inProcess.classes()));
    }

    @Test
    void compileErrorsGiveTheSameDiagnosticsAsInProcess(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("src");
        Path bad = source(root, "Bad", "    static int f() {\n        return \"no\";\n    }\n    void g() { h(); }");
        CompileResult inProcess = SourceCompiler.forApi().compile(root, List.of(bad), tmp.resolve("here"));
        try (CompilerProcess javac = new CompilerProcess(SourceCompiler.apiClassPath(), CompileLimits.DEFAULT)) {
            CompileResult child = javac.compile(root, List.of(bad), tmp.resolve("child"));
            assertThat(child.ok()).isFalse();
            assertThat(child.diagnostics()).hasSize(2).isEqualTo(inProcess.diagnostics());
            assertThat(child.diagnostics().get(0)).startsWith("dlecon/solution/e1/Bad.java:6: incompatible types");
        }
    }

    @Test
    void exponentialSourceIsStoppedAtTheTimeLimitAndTheNextRequestCompiles(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("src");
        Path nest = source(root, "Nest", nestedTryFinally(PATHOLOGICAL_DEPTH));
        try (CompilerProcess javac = new CompilerProcess(SourceCompiler.apiClassPath(), SHORT)) {
            long start = System.nanoTime();
            CompileResult r = javac.compile(root, List.of(nest), tmp.resolve("out"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("pathological file stopped after " + millis + " ms: " + r.diagnostics());
            assertThat(millis).isLessThan(TEST_SECONDS * 1000L + SLACK_MILLIS);
            assertThat(r.ok()).isFalse();
            assertThat(r.diagnostics()).containsExactly("compilation stopped: javac ran longer than 3 s (the limit "
                    + "per exercise); simplify deeply nested try/finally or very large expressions");
            CompileResult next = javac.compile(root, List.of(good(tmp.resolve("next"))), tmp.resolve("next-out"));
            assertThat(next.ok()).as("%s", next.diagnostics()).isTrue();
            assertThat(tmp.resolve("next-out/dlecon/solution/e1/Good.class")).exists();
        }
    }

    @Test
    void exponentialSourceIsStoppedAtTheMemoryLimit(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("src");
        Path nest = source(root, "Nest", nestedTryFinally(PATHOLOGICAL_DEPTH));
        CompileLimits small = new CompileLimits(96, 60, CompileLimits.DEFAULT_MAX_FILES,
                CompileLimits.DEFAULT_MAX_SOURCE_BYTES);
        try (CompilerProcess javac = new CompilerProcess(SourceCompiler.apiClassPath(), small)) {
            CompileResult r = javac.compile(root, List.of(nest), tmp.resolve("out"));
            assertThat(r.diagnostics()).containsExactly("compilation stopped: javac ran out of memory (limit 96 MB "
                    + "per exercise); simplify deeply nested try/finally or very large expressions");
            assertThat(javac.compile(root, List.of(good(tmp.resolve("next"))), tmp.resolve("next-out")).ok())
                    .isTrue();
        }
    }

    @Test
    void tooManyFilesAreRefusedBeforeJavacStarts(@TempDir Path tmp) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sources.add(source(tmp, "C" + i, ""));
        }
        CompileLimits two = new CompileLimits(CompileLimits.DEFAULT_HEAP_MEGABYTES, TEST_SECONDS, 2,
                CompileLimits.DEFAULT_MAX_SOURCE_BYTES);
        try (CompilerProcess javac = new CompilerProcess(SourceCompiler.apiClassPath(), two)) {
            CompileResult r = javac.compile(tmp, sources, tmp.resolve("out"));
            assertThat(r.ok()).isFalse();
            assertThat(r.diagnostics()).containsExactly("too many source files: 3 (limit 2 per exercise)");
            assertThat(tmp.resolve("out")).doesNotExist();
        }
    }

    @Test
    void tooLargeSourcesAreRefusedBeforeJavacStarts(@TempDir Path tmp) throws IOException {
        Path big = source(tmp, "Big", "    // " + "x".repeat(3_200_000));
        try (CompilerProcess javac = new CompilerProcess(SourceCompiler.apiClassPath(), SHORT)) {
            CompileResult r = javac.compile(tmp, List.of(big), tmp.resolve("out"));
            assertThat(r.diagnostics()).containsExactly("sources too large: 3.1 MB (limit 2 MB per exercise)");
            assertThat(tmp.resolve("out")).doesNotExist();
        }
    }

    @Test
    void sizesAreWrittenForPeople() {
        assertThat(CompilerProcess.size(900)).isEqualTo("900 bytes");
        assertThat(CompilerProcess.size(2048)).isEqualTo("2 KB");
        assertThat(CompilerProcess.size(2L * 1024 * 1024)).isEqualTo("2 MB");
        assertThat(CompilerProcess.size(3_250_000)).isEqualTo("3.1 MB");
    }

    @Test
    void closeLeavesNoProcessBehindAndIsIdempotent(@TempDir Path tmp) throws IOException {
        // other tests of this JVM may have started the grading runs' shared compiler JVM: only new ones count
        List<ProcessHandle> before = compilerJvms();
        CompilerProcess javac = new CompilerProcess(SourceCompiler.apiClassPath(), SHORT);
        assertThat(javac.compile(tmp, List.of(good(tmp)), tmp.resolve("out")).ok()).isTrue();
        assertThat(compilerJvms()).hasSizeGreaterThan(before.size());
        javac.close();
        javac.close();
        assertThat(compilerJvms()).isSubsetOf(before);
    }

    /** The descendants of this JVM that run {@link CompileMain}. */
    private static List<ProcessHandle> compilerJvms() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(CompileMain.class.getName()))
                        .orElse(true)).toList();
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Every class file below {@code dir}, by relative name, with its bytes' hash. */
    private static Map<String, Integer> classes(Path dir) throws IOException {
        Map<String, Integer> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return m;
    }
}
