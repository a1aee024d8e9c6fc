package dlecon.grading.compile;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Compiles submissions in a child JVM ({@link CompileMain}) under a watchdog, so a source that makes javac work
 * exponentially (e.g. deeply nested try/finally) costs its exercise only: the JVM has a limited heap, a reply must
 * come within the time limit, and too many or too large sources are refused before javac starts. A JVM that runs
 * out of time is killed with its process tree; one that dies (out of memory) is replaced; either way the exercise
 * fails to compile with a message saying which limit stopped it. One JVM serves all requests (javac stays warm); it
 * starts in the constructor so its start overlaps with other work. {@link #close()} ends it, and a shutdown hook
 * kills it should the harness end first.
 */
public final class CompilerProcess implements Compiler, AutoCloseable {

    /** How long a compiler JVM may take to start and warm javac up; generous for a loaded machine. */
    private static final int STARTUP_SECONDS = 60;
    /** How long {@link #close()} lets the JVM exit by itself after its stdin closes. */
    private static final long CLOSE_GRACE_MILLIS = 2000;
    /** HotSpot's exit code when {@code -XX:+ExitOnOutOfMemoryError} ends the JVM. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** The advice that follows every "compilation stopped" message. */
    private static final String ADVICE = "; simplify deeply nested try/finally or very large expressions";

    private final List<Path> classPath;
    private final CompileLimits limits;
    private final Thread shutdownHook;
    private volatile CompilerChild child;
    private volatile boolean closed;

    /**
     * Starts the compiler JVM.
     *
     * @param classPath jars and folders the sources may refer to (see {@link SourceCompiler#apiClassPath()})
     */
    public CompilerProcess(List<Path> classPath, CompileLimits limits) {
        this.classPath = classPath.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.limits = limits;
        this.shutdownHook = new Thread(this::killChild, "compiler-jvm-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            this.child = CompilerChild.start(command());
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            throw e;
        }
    }

    /** The limits this compiler applies. */
    public CompileLimits limits() {
        return limits;
    }

    @Override
    public synchronized CompileResult compile(Path root, List<Path> sources, Path out) {
        if (closed) {
            throw new IllegalStateException("the compiler process is closed");
        }
        String refused = refusal(sources);
        if (refused != null) {
            return failed(out, refused, 0);
        }
        CompilerChild c = readyChild();
        String request = CompileProtocol.request(new CompileProtocol.Request(root, out, sources, classPath));
        long start = System.nanoTime();
        CompilerChild.Line reply;
        try {
            c.send(request);
            reply = c.next(TimeUnit.SECONDS.toNanos(limits.seconds()));
        } catch (IOException e) {
            reply = c.next(TimeUnit.SECONDS.toNanos(limits.seconds())); // it died: its stdout ends soon
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (reply == null) {
            c.kill();
            restart();
            return failed(out, "compilation stopped: javac ran longer than " + limits.seconds()
                    + " s (the limit per exercise)" + ADVICE, millis);
        }
        if (reply.end()) {
            String why = died(c);
            restart();
            return failed(out, why, millis);
        }
        return result(reply.text(), out, millis);
    }

    /**
     * Ends the compiler JVM: stdin closed, a moment to exit, then its process tree killed. Later calls do nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompilerChild c = child;
        child = null;
        if (c != null) {
            c.end(CLOSE_GRACE_MILLIS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs and finds nothing left to kill
        }
    }

    /** Why sources are refused before javac starts, or null when they are within the limits. */
    String refusal(List<Path> sources) {
        if (sources.size() > limits.maxFiles()) {
            return "too many source files: " + sources.size() + " (limit " + limits.maxFiles() + " per exercise)";
        }
        long bytes = 0;
        for (Path s : sources) {
            try {
                bytes += Files.size(s);
            } catch (IOException e) {
                // javac reports the unreadable file itself
            }
        }
        if (bytes <= limits.maxSourceBytes()) {
            return null;
        }
        String size = size(bytes);
        String limit = size(limits.maxSourceBytes());
        if (size.equals(limit)) { // rounded alike: say it exactly
            size = bytes + " bytes";
            limit = limits.maxSourceBytes() + " bytes";
        }
        return "sources too large: " + size + " (limit " + limit + " per exercise)";
    }

    /** {@code bytes} in MB, KB or bytes, one decimal at most: "3.1 MB", "2 MB", "900 bytes". */
    static String size(long bytes) {
        double kb = 1024;
        if (bytes < kb) {
            return bytes + " bytes";
        }
        boolean mega = bytes >= kb * kb;
        String n = String.format(Locale.ROOT, "%.1f", bytes / (mega ? kb * kb : kb));
        return (n.endsWith(".0") ? n.substring(0, n.length() - 2) : n) + (mega ? " MB" : " KB");
    }

    /** The running child, started when none is and waited for until it reports ready. */
    private CompilerChild readyChild() {
        CompilerChild c = child;
        if (c == null || !c.alive()) { // none yet, or it ended between requests: nothing of it is lost
            c = restart();
        }
        if (!c.ready()) {
            CompilerChild.Line line = c.next(TimeUnit.SECONDS.toNanos(STARTUP_SECONDS));
            if (line == null) {
                c.kill();
                child = null;
                throw new IllegalStateException("the compiler JVM did not start within " + STARTUP_SECONDS + " s");
            }
            if (line.end() || !line.text().contains("\"ready\"")) {
                int exit = c.exitCode();
                child = null;
                throw new IllegalStateException("the compiler JVM failed to start (exit code " + exit + ")"
                        + firstLine(c.stderr()));
            }
            c.markReady();
        }
        return c;
    }

    /** Starts a fresh child now, so its start overlaps with whatever the harness does before the next request. */
    private CompilerChild restart() {
        CompilerChild old = child;
        if (old != null) {
            old.kill();
        }
        child = closed ? null : CompilerChild.start(command());
        if (child == null) {
            throw new IllegalStateException("the compiler process is closed");
        }
        return child;
    }

    /** The message for a child that ended without replying. */
    private String died(CompilerChild c) {
        int exit = c.exitCode();
        c.kill();
        if (exit == OUT_OF_MEMORY_EXIT || c.stderr().contains("OutOfMemoryError")) {
            return "compilation stopped: javac ran out of memory (limit " + limits.heapMegabytes()
                    + " MB per exercise)" + ADVICE;
        }
        return "compilation stopped: the compiler JVM ended unexpectedly (exit code " + exit + ")"
                + firstLine(c.stderr());
    }

    private static CompileResult result(String line, Path out, long millis) {
        CompileProtocol.Line reply;
        try {
            reply = CompileProtocol.parse(line);
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalStateException("the compiler JVM replied something unreadable: " + firstLine(line), e);
        }
        if (reply.has("error")) {
            throw new IllegalStateException("javac failed in the compiler JVM: " + reply.text("error"));
        }
        return new CompileResult(reply.flag("ok"), out, reply.texts("diagnostics"), millis);
    }

    private static CompileResult failed(Path out, String why, long millis) {
        return new CompileResult(false, out, List.of(why), millis);
    }

    private List<String> command() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx" + limits.heapMegabytes() + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:+DisplayVMOutputToStderr", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "-Xshare:auto", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), CompileMain.class.getName()));
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        return command;
    }

    private void killChild() {
        CompilerChild c = child;
        if (c != null) {
            c.kill();
        }
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "" : ": " + (line.length() > 200 ? line.substring(0, 200) + "..." : line);
    }
}
