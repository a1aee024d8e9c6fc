package dlecon.grading.runner;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where {@code System.out} and {@code System.err} go in the test JVM: an in-memory buffer, taken after each test,
 * keeping at most {@link #MAX_BYTES} per test and counting the rest. Closing it does nothing, so a submission that
 * closes {@code System.out} cannot disturb the harness.
 */
public final class OutputCapture extends OutputStream {

    /** Output kept per test; the rest is counted and dropped. */
    public static final int MAX_BYTES = 8 * 1024;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    /** A print stream writing into this capture (auto-flushing, UTF-8, close is a no-op). */
    public PrintStream printStream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < MAX_BYTES) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, Math.min(len, MAX_BYTES - kept.size()));
        kept.write(b, off, room);
        dropped += len - room;
    }

    @Override
    public void close() {
        // the harness owns this stream; a submission closing System.out must not end the capture
    }

    /** The output since the last call (with a note of how much was dropped), and a fresh start. */
    public synchronized String take() {
        String s = kept.toString(StandardCharsets.UTF_8);
        if (dropped > 0) {
            s += "\n[output cut: " + dropped + " more bytes dropped]";
        }
        kept.reset();
        dropped = 0;
        return s;
    }
}
