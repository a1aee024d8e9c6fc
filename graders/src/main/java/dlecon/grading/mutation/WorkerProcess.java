package dlecon.grading.mutation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The coordinator's handle on one {@link MutationWorker} JVM: sends command lines, reads answer lines with a time
 * limit, and kills the JVM (with everything it started) when a mutant hangs or the worker dies.
 */
final class WorkerProcess implements AutoCloseable {

    /** The line {@link #next} returns when the worker's output ended (it exited or crashed). */
    static final String GONE = "\u0000gone";

    private final Process process;
    private final PrintStream commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    /**
     * Starts a worker JVM.
     *
     * @param classPath the harness's class path (graders, API, libraries)
     * @param heapMb    its heap
     * @param log       file receiving the worker's standard error (the tests' output)
     */
    WorkerProcess(List<String> classPath, int heapMb, Path log) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heapMb + "m", "-Xss4m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", String.join(java.io.File.pathSeparator, classPath), MutationWorker.class.getName()));
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a mutation worker JVM", e);
        }
        commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    answers.add(line);
                }
            } catch (IOException e) {
                // the worker was killed: reported as GONE below
            }
            answers.add(GONE);
        }, "mutation-worker-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends one command line (fields joined by tabs). */
    void send(String... fields) {
        commands.println(String.join("\t", fields));
    }

    /** The next answer line, or null when none came within {@code millis}; {@link #GONE} once the worker ended. */
    String next(long millis) {
        try {
            return answers.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Kills the worker and every process it started. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
