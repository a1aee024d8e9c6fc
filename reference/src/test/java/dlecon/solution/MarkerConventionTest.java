package dlecon.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.Exercise;
import dlecon.api.SolutionLoadException;
import dlecon.api.Solutions;
import dlecon.tools.template.TemplateGenerator;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference's solution sources obey the marker convention, and the template generated from them compiles
 * against the API alone, with every exercise's entry class still loadable and failing with a TODO message.
 */
class MarkerConventionTest {

    private static final Path SOLUTION_SOURCES = Path.of("src/main/java/dlecon/solution");

    @Test
    void generatedTemplateCompilesAndEveryExerciseHasStubs(@TempDir Path tmp) throws IOException {
        Path stubs = tmp.resolve("src/dlecon/solution");
        int regions = TemplateGenerator.generateTree(SOLUTION_SOURCES, stubs);
        assertThat(regions).as("solution regions in the reference").isPositive();

        List<Path> sources;
        try (Stream<Path> s = Files.walk(stubs)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        for (Exercise e : Exercise.values()) {
            Path pkg = stubs.resolve(e.name().toLowerCase(Locale.ROOT));
            String all;
            try (Stream<Path> s = Files.walk(pkg)) {
                List<String> texts = new ArrayList<>();
                for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                    texts.add(Files.readString(p));
                }
                all = String.join("\n", texts);
            }
            assertThat(all).as("stubs of " + e).contains("TODO " + e.name());
        }

        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-d", classes.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            boolean ok = javac.getTask(null, fm, diagnostics, options, null,
                    fm.getJavaFileObjectsFromPaths(sources)).call();
            String errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            assertThat(ok).as("template compiles; errors:\n" + errors).isTrue();
        }

        // The stubs load through the same binding as a submission, and fail with a message naming the task.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("dlecon.solution.")) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        return c != null ? c : findClass(name);
                    }
                }
                return MarkerConventionTest.class.getClassLoader().loadClass(name);
            }
        }) {
            dlecon.api.e1.GradientDescent gd = Solutions.load(Exercise.E1, dlecon.api.e1.GradientDescent.class, loader);
            assertThat(gd.getClass().getClassLoader()).isSameAs(loader);
            assertThatThrownBy(() -> gd.descend(x -> x, 1, 0.1, 1e-4, 10))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageStartingWith("TODO E1");
        }
    }

    @Test
    void missingImplementationGivesAClearMessage() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> Solutions.load(Exercise.E1, dlecon.api.e1.GradientDescent.class, empty))
                    .isInstanceOf(SolutionLoadException.class)
                    .hasMessageContaining("dlecon.solution.e1.GradientDescentSolution");
        }
    }
}
