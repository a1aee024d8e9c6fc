package dlecon.grading.compile;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running compiler JVM of a {@link CompilerProcess}: its stdin for requests, its stdout lines queued by a reader
 * thread (so the caller can wait for a reply with a deadline), and the first few KB of its stderr, drained by
 * another thread so the JVM can never block on a full pipe.
 */
final class CompilerChild {

    /** Stderr kept: enough for the JVM's out-of-memory line and a stack trace's head. */
    private static final int STDERR_BYTES = 4096;
    /** How long a killed JVM may take to disappear. */
    private static final long KILL_WAIT_SECONDS = 10;
    /** What the queue holds once stdout has ended. */
    private static final Line END = new Line(null);

    /** One stdout line, or {@link #END}. */
    record Line(String text) {
        boolean end() {
            return text == null;
        }
    }

    private final Process process;
    private final Writer stdin;
    private final LinkedBlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private boolean ready;

    private CompilerChild(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("compiler-jvm-stdout", this::readStdout).start();
        daemon("compiler-jvm-stderr", this::drainStderr).start();
    }

    /** Starts {@code command} with an empty environment but PATH and LANG. */
    static CompilerChild start(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("LANG", "C.UTF-8");
        try {
            return new CompilerChild(pb.start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the compiler JVM: " + e.getMessage(), e);
        }
    }

    boolean ready() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Sends one request line. */
    void send(String line) throws IOException {
        stdin.write(line);
        stdin.write('\n');
        stdin.flush();
    }

    /** The next stdout line, {@link #END} when stdout has ended, or null when none came within {@code nanos}. */
    Line next(long nanos) {
        try {
            return lines.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the compiler JVM", e);
        }
    }

    /** The JVM's exit code, waiting for it to end (it is killed when it does not end in time). */
    int exitCode() {
        try {
            if (!process.waitFor(KILL_WAIT_SECONDS, TimeUnit.SECONDS)) {
                kill();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return -1;
        } catch (IllegalThreadStateException e) {
            return -1;
        }
    }

    /** The first {@value #STDERR_BYTES} bytes of stderr. */
    String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    /** Ends the JVM politely: stdin closed, {@code graceMillis} to exit, then killed with its whole process tree. */
    void end(long graceMillis) {
        try {
            stdin.close();
            process.waitFor(graceMillis, TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            // already gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            kill();
        }
    }

    /** Kills the JVM and every descendant, forcibly, and waits briefly for it to disappear. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readStdout() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(new Line(line));
            }
        } catch (IOException e) {
            // the JVM ended
        } finally {
            lines.add(END);
        }
    }

    private void drainStderr() {
        byte[] buf = new byte[STDERR_BYTES];
        try (InputStream in = process.getErrorStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                synchronized (stderr) {
                    stderr.write(buf, 0, Math.max(0, Math.min(n, STDERR_BYTES - stderr.size())));
                }
            }
        } catch (IOException e) {
            // the JVM ended; what was read is kept
        }
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
