package dlecon.grading.compile;

import com.sun.source.util.JavacTask;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles source files against a fixed class path (the API and the libraries on the allowlist) with
 * {@code --release 17}, annotation processing disabled ({@code -proc:none}, so no code of the submission runs at
 * compile time) and no implicit compilation of sources found elsewhere. It runs javac in this JVM, so it is for
 * trusted code (the reference, its mutants, tests); submissions compile in a {@link CompilerProcess}.
 */
public final class SourceCompiler implements Compiler {

    /** Most diagnostics kept per exercise; a broken file can produce thousands. */
    public static final int MAX_DIAGNOSTICS = 20;

    private final List<Path> classPath;
    private StandardJavaFileManager files;

    /** @param classPath jars and folders the sources may refer to */
    public SourceCompiler(List<Path> classPath) {
        this.classPath = List.copyOf(classPath);
    }

    /** The jars and folders the sources may refer to. */
    public List<Path> classPath() {
        return classPath;
    }

    /**
     * The class path holding the course API and EJML (its core and the dense row-major operations the student
     * template's build offers), found from the classes this JVM loaded them from.
     */
    public static SourceCompiler forApi() {
        return new SourceCompiler(apiClassPath());
    }

    /** The class path of {@link #forApi()}: the jars or folders of the course API, EJML core and dense row-major. */
    public static List<Path> apiClassPath() {
        return List.of(locationOf(dlecon.api.Exercise.class), locationOf(org.ejml.data.DMatrixRMaj.class),
                locationOf(org.ejml.dense.row.CommonOps_DDRM.class));
    }

    /** The jar or folder {@code c} was loaded from. */
    public static Path locationOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the jar of " + c.getName(), e);
        }
    }

    /**
     * Compiles {@code sources} into {@code out} (created if absent).
     *
     * @param root the source root; diagnostics name files relative to it
     */
    @Override
    public synchronized CompileResult compile(Path root, List<Path> sources, Path out) {
        long start = System.nanoTime();
        JavaCompiler javac = javac();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            StandardJavaFileManager files = fileManager(javac);
            Files.createDirectories(out);
            List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-encoding", "UTF-8",
                    "-nowarn", "-g", "-classpath", String.join(File.pathSeparator,
                            classPath.stream().map(Path::toString).toList()),
                    "-sourcepath", "", "-d", out.toString());
            StringWriter javacOut = new StringWriter();
            boolean ok = javac.getTask(javacOut, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> lines = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR && lines.size() < MAX_DIAGNOSTICS) {
                    lines.add(describe(root, d));
                }
            }
            long errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .count();
            if (errors > MAX_DIAGNOSTICS) {
                lines.add("... " + (errors - MAX_DIAGNOSTICS) + " more errors");
            }
            if (!ok && lines.isEmpty()) {
                lines.add("javac failed: " + javacOut.toString().strip());
            }
            return new CompileResult(ok, out, lines, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses and attributes one small class held in memory, writing nothing, so the first real compilation finds
     * javac loaded and the file manager's platform classes cached.
     */
    void warmUp() {
        JavaCompiler javac = javac();
        JavaFileObject warm = new SimpleJavaFileObject(URI.create("string:///Warm.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return "final class Warm {\n    String s = java.util.List.of(1.0).toString() + Math.sqrt(2);\n}\n";
            }
        };
        List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-classpath",
                String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        try {
            ((JavacTask) javac.getTask(new StringWriter(), fileManager(javac), new DiagnosticCollector<>(), options,
                    null, List.of(warm))).analyze();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JavaCompiler javac() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime (a JDK, not a JRE, is needed)");
        }
        return javac;
    }

    /**
     * One file manager for every compilation of this compiler: it caches the platform classes of
     * {@code --release 17} (ct.sym), which otherwise dominate the time of compiling a small exercise.
     */
    private StandardJavaFileManager fileManager(JavaCompiler javac) {
        if (files == null) {
            files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        }
        return files;
    }

    private static String describe(Path root, Diagnostic<? extends JavaFileObject> d) {
        String file = d.getSource() == null ? "?" : relative(root, d.getSource().getName());
        String message = d.getMessage(Locale.ROOT).lines().findFirst().orElse("");
        return file + ":" + d.getLineNumber() + ": " + message;
    }

    private static String relative(Path root, String name) {
        try {
            return root.toAbsolutePath().relativize(Path.of(name).toAbsolutePath()).toString();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
