package dlecon.grading.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a process's output to its end, keeping the first {@code cap} bytes. */
final class OutputDrain extends Thread {
    private final InputStream in;
    private final int cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    OutputDrain(InputStream in, int cap) {
        super("test-jvm-output");
        setDaemon(true);
        this.in = in;
        this.cap = cap;
    }

    @Override
    public void run() {
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                int room = Math.max(0, Math.min(n, cap - kept.size()));
                kept.write(buf, 0, room);
                dropped += n - room;
            }
        } catch (IOException e) {
            // the process ended; what was read is kept
        }
    }

    String text() {
        String s = kept.toString(StandardCharsets.UTF_8);
        return dropped > 0 ? s + "\n[" + dropped + " more bytes of JVM output dropped]" : s;
    }

    void joinQuietly() {
        try {
            join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
