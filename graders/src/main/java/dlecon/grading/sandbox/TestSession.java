package dlecon.grading.sandbox;

import dlecon.grading.api.Seeds;
import dlecon.grading.runner.ChannelRecord;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One running test JVM ({@code ForkMain}) that runs groups of tests, one {@link #run} after the other, under a
 * watchdog that kills the whole process tree when the JVM does not come up in time, a test runs past its own limit or
 * the submission's budget is used up. A killed or crashed session stays dead: the caller starts a fresh one for the
 * tests left. Results come back on a channel file, never on the JVM's stdout; each group's test list is a new file
 * in the session's folder (created, never overwritten) and its name goes to the JVM's standard input.
 */
public final class TestSession implements AutoCloseable {

    private static final long POLL_MILLIS = 20;
    private static final long EXIT_GRACE_MILLIS = 10_000;

    private final Process process;
    private final Path work;
    private final RandomAccessFile channel;
    /** Bytes of a line not yet complete: decoded only whole, so a character split between two reads stays intact. */
    private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
    private final OutputDrain drain;
    private final Writer groups;
    private final GraderAliases aliases;
    private final int startupSeconds;
    private final long startNanos;
    private final Runnable afterExit;
    private ChannelRecord readyRecord;
    private long readyNanos = -1;
    private int group;
    private boolean dead;

    TestSession(Process process, Path work, Path channelFile, OutputDrain drain, GraderAliases aliases,
                int startupSeconds, long startNanos, Runnable afterExit) throws IOException {
        this.process = process;
        this.work = work;
        this.channel = new RandomAccessFile(channelFile.toFile(), "r");
        this.drain = drain;
        this.groups = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.aliases = aliases;
        this.startupSeconds = startupSeconds;
        this.startNanos = startNanos;
        this.afterExit = afterExit;
    }

    /** True while the JVM can run another group (it has neither died nor been killed). */
    public boolean alive() {
        return !dead && process.isAlive();
    }

    /**
     * Runs the tests {@code timeouts} lists (unique id to seconds, in order) against the submission's class folders
     * {@code classes} (the exercise's, then those of exercises its suites use) and returns when the group is done or
     * the JVM has ended. The outcome's start time is the JVM's start for the session's first group, else 0.
     */
    public ForkOutcome run(List<Path> classes, Map<String, Integer> timeouts, long salt, Budget budget) {
        if (!alive()) {
            throw new IllegalStateException("the test JVM of this session has ended");
        }
        group++;
        long sent = System.nanoTime();
        try {
            Path tests = work.resolve("tests-" + group + ".txt");
            // each test's seed comes from its real id: under aliases the test JVM sees other ids in every run
            Files.write(tests, timeouts.keySet().stream().map(id -> (aliases == null ? id : aliases.alias(id))
                    + "\t" + Seeds.derive(salt, id)).toList(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            groups.write(salt + "\t" + tests + "\t" + String.join(File.pathSeparator,
                    classes.stream().map(c -> c.toAbsolutePath().toString()).toList()) + "\n");
            groups.flush();
        } catch (IOException e) {
            if (process.isAlive()) {
                throw new UncheckedIOException("cannot hand tests to the test JVM: " + e.getMessage(), e);
            }
            // it died before reading the group: the watch below reports how
        }
        try {
            return watch(timeouts, budget, sent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test JVM's channel: " + e.getMessage(), e);
        }
    }

    private ForkOutcome watch(Map<String, Integer> timeouts, Budget budget, long sent) throws IOException {
        List<ChannelRecord> records = new ArrayList<>();
        if (readyRecord != null) {
            records.add(readyRecord); // the JVM came up for an earlier group
        }
        boolean firstGroup = readyNanos < 0;
        long groupStart = firstGroup ? startNanos : sent;
        String running = null;
        long runningSince = 0;
        String killed = null;
        boolean done = false;
        while (!done) {
            boolean alive = process.isAlive();
            for (ChannelRecord r : readLines()) {
                long now = System.nanoTime();
                switch (r.event()) {
                    case "ready" -> {
                        readyRecord = r;
                        readyNanos = now;
                    }
                    case "started" -> {
                        running = r.id();
                        runningSince = now;
                    }
                    case "finished" -> running = null;
                    case "done" -> done = true;
                    default -> { }
                }
                records.add(r);
            }
            if (done || !alive) {
                break;
            }
            long now = System.nanoTime();
            if (budget.expiredAt(now)) {
                killed = budget.reason();
            } else if (readyNanos < 0 && now - startNanos > TimeUnit.SECONDS.toNanos(startupSeconds)) {
                killed = "the test JVM did not start within " + startupSeconds + " s";
            } else if (running != null
                    && now - runningSince > TimeUnit.SECONDS.toNanos(timeouts.getOrDefault(running, 60))) {
                killed = "timed out after " + timeouts.getOrDefault(running, 60) + " s";
            }
            if (killed != null) {
                TestJvm.killTree(process);
                continue; // read what is left, then stop when the process is gone
            }
            sleep();
        }
        long end = System.nanoTime();
        int exit = 0;
        if (!done) {
            dead = true;
            TestJvm.killTree(process); // nothing of a dead session may outlive it
            drain.joinQuietly();
            exit = exitCode();
        }
        long readyAt = readyNanos < 0 ? end : Math.max(readyNanos, groupStart);
        long startMillis = firstGroup ? (readyAt - startNanos) / 1_000_000 : 0;
        long testMillis = readyNanos < 0 ? 0 : (end - readyAt) / 1_000_000;
        return new ForkOutcome(records, exit, killed, done ? null : running, drain.text(), startMillis, testMillis);
    }

    /**
     * Ends the JVM: its standard input closed, a moment to exit by itself, then its process tree killed; the
     * class-data archive is built afterwards when this session recorded its class list.
     */
    @Override
    public void close() {
        try {
            groups.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(EXIT_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                TestJvm.killTree(process);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            TestJvm.killTree(process);
            dead = true;
            drain.joinQuietly();
            try {
                channel.close();
            } catch (IOException e) {
                // read-only handle
            }
        }
        afterExit.run();
    }

    private List<ChannelRecord> readLines() throws IOException {
        List<ChannelRecord> out = new ArrayList<>();
        long available = channel.length() - channel.getFilePointer();
        if (available <= 0) {
            return out;
        }
        byte[] buf = new byte[(int) Math.min(available, 1 << 20)];
        channel.readFully(buf);
        int from = 0;
        for (int i = 0; i < buf.length; i++) {
            if (buf[i] == '\n') { // never part of a multi-byte UTF-8 character
                partial.write(buf, from, i - from);
                String line = partial.toString(StandardCharsets.UTF_8);
                partial.reset();
                from = i + 1;
                if (!line.isBlank()) {
                    out.add(ChannelRecord.parse(aliases == null ? line : aliases.real(line)));
                }
            }
        }
        partial.write(buf, from, buf.length - from);
        return out;
    }

    private int exitCode() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching a test JVM", e);
        }
    }
}
