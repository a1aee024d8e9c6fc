package dlecon.grading.sandbox;

import dlecon.grading.api.Seeds;
import dlecon.grading.runner.ChannelRecord;
import dlecon.grading.runner.ForkMain;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs listed grader tests in a fresh JVM ({@link ForkMain}) under a {@link Sandbox} mode, with a watchdog that
 * kills the whole process tree when the JVM does not come up in time or a test runs past its budget. Results come
 * back on a channel file in the work folder, never on the JVM's stdout.
 */
public final class TestJvm {

    private static final long POLL_MILLIS = 20;
    /** Compressed class space: the graders, JUnit and AssertJ load about 6,000 classes (under 40 MB). */
    private static final int CLASS_SPACE_MEGABYTES = 128;
    /** Metaspace: twice the class space; a submission cannot define classes at run time (refused statically). */
    private static final int METASPACE_MEGABYTES = 256;
    /** Direct buffers: the test JVM uses none (NIO is refused); a small cap keeps native memory bounded. */
    private static final int DIRECT_MEGABYTES = 32;
    /** Code cache with C1 only (doubled for the full JIT): C1 code of a grader run stays under 20 MB. */
    private static final int CODE_CACHE_MEGABYTES = 64;
    /** glibc malloc arenas: each reserves 64 MB of address space, which the address-space limit would count. */
    private static final int MALLOC_ARENAS = 2;
    private static final long EXIT_GRACE_MILLIS = 10_000;
    /** Extra JVM options for the test JVMs from the system property {@code dlecon.grading.jvm.options}. */
    private static final List<String> EXTRA_OPTIONS = java.util.Arrays.stream(
            System.getProperty("dlecon.grading.jvm.options", "").split("\\s+")).filter(o -> !o.isBlank()).toList();

    private final Sandbox.Mode mode;
    private final TestRuntime runtime;
    private final JvmLimits limits;
    private final Confinement confinement;
    private final CdsArchive cds;
    private GraderAliases aliases;

    /**
     * @param mode      containment
     * @param classPath the harness's runtime class path (graders, API, libraries), staged without the harness's own
     *                  parts ({@link TestRuntime}); the submission's classes are not added (see {@link #run})
     * @param limits    memory and time limits
     */
    public TestJvm(Sandbox.Mode mode, List<String> classPath, JvmLimits limits) {
        this(mode, classPath, limits, ProcessLimits.DEFAULT);
    }

    /** As {@link #TestJvm(Sandbox.Mode, List, JvmLimits)} with other operating-system limits. */
    public TestJvm(Sandbox.Mode mode, List<String> classPath, JvmLimits limits, ProcessLimits processLimits) {
        this.mode = mode;
        this.runtime = TestRuntime.stage(classPath);
        this.limits = limits;
        this.confinement = new Confinement(processLimits);
        this.cds = new CdsArchive(runtime.classPath(), runtime.root());
    }

    /**
     * Runs the graders under random class names ({@link GraderAliases}), drawn once per harness process (one
     * {@code ci/grade}, one batch, one Gradescope run: the renaming costs about 0.2 s) in a folder of their own that
     * is deleted when the harness exits; without this the graders keep their names.
     */
    public TestJvm withGraderAliases() {
        if (runtime.graders() != null) {
            aliases = GraderAliases.ofThisHarness(runtime.graders());
        }
        return this;
    }

    /** One line for the reports: who the test JVMs run as and which operating-system limits hold. */
    public String describe() {
        return confinement.describe();
    }

    /**
     * Runs the tests {@code timeouts} lists (unique id to seconds, in order) against the submission's class folders
     * {@code classes} (the exercise's, then those of exercises its suites use).
     *
     * @param work a fresh folder for this fork (channel and test list); the only writable place in the sandbox
     */
    public ForkOutcome run(List<Path> classes, Map<String, Integer> timeouts, long salt, Path work) {
        return run(classes, timeouts, salt, work, Budget.unlimited());
    }

    /**
     * As {@link #run(List, Map, long, Path)}, killing the JVM when {@code budget} is used up (the running test then
     * reports {@link Budget#reason()}).
     */
    public ForkOutcome run(List<Path> classes, Map<String, Integer> timeouts, long salt, Path work, Budget budget) {
        try {
            Files.createDirectories(work);
            Path channel = work.resolve("channel.jsonl");
            Path tests = work.resolve("tests.txt");
            Files.writeString(channel, "");
            // each test's seed comes from its real id: under aliases the test JVM sees other ids in every run
            Files.write(tests, timeouts.keySet().stream().map(id -> (aliases == null ? id : aliases.alias(id))
                    + "\t" + Seeds.derive(salt, id)).toList(), StandardCharsets.UTF_8);
            int uid = confinement.nextUid();
            if (uid >= 0) {
                Confinement.requireReachable(work);
                for (Path c : classes) {
                    Confinement.requireReachable(c);
                }
            }
            Confinement.handOver(work, uid);
            // the JVM's home and temporary folder: its work folder (process path) or the private /tmp (bwrap)
            String home = mode == Sandbox.Mode.BWRAP ? "/tmp" : work.toAbsolutePath().toString();
            long wall = Math.min(budget.remainingSeconds() + 1,
                    timeouts.values().stream().mapToLong(Integer::longValue).sum());
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + limits.heapMegabytes() + "m",
                    "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                    "-XX:CompressedClassSpaceSize=" + CLASS_SPACE_MEGABYTES + "m",
                    "-XX:MaxMetaspaceSize=" + METASPACE_MEGABYTES + "m",
                    "-XX:MaxDirectMemorySize=" + DIRECT_MEGABYTES + "m",
                    "-XX:ReservedCodeCacheSize=" + (limits.fullJit() ? 2 : 1) * CODE_CACHE_MEGABYTES + "m",
                    "-Duser.home=" + home, "-Djava.io.tmpdir=" + home,
                    "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
            Path archive = cds.ready();
            Path classList = null;
            if (archive != null) {
                command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            } else if (cds.claimRecording()) {
                classList = work.resolve("classes.lst");
                command.add("-XX:DumpLoadedClassList=" + classList);
            }
            if (!limits.fullJit()) {
                command.add("-XX:TieredStopAtLevel=1");
            }
            command.addAll(EXTRA_OPTIONS);
            // the submission's classes are not on the class path: each test loads them in a fresh class loader
            // (below the harness's), so nothing of it can shadow a harness class or keep static state between tests
            List<String> cp = new ArrayList<>(runtime.classPath());
            if (aliases != null) {
                cp.add(aliases.jar().toString()); // last: the class-data archive covers the entries before it
            }
            command.addAll(List.of("-cp", String.join(File.pathSeparator, cp), ForkMain.class.getName(),
                    Long.toString(salt), channel.toString(), tests.toString(), String.join(File.pathSeparator,
                            classes.stream().map(c -> c.toAbsolutePath().toString()).toList())));
            List<Path> visible = new ArrayList<>(classes);
            visible.add(runtime.root());
            if (aliases != null) {
                visible.add(aliases.jar());
            }
            // user and limits first: bwrap then runs unprivileged and passes the limits on to the JVM
            List<String> wrapped = new ArrayList<>(confinement.prefix(uid, limits.heapMegabytes(),
                    confinement.limits().cpuSeconds(wall, limits.startupSeconds())));
            wrapped.addAll(Sandbox.wrap(mode, work, visible, confinement.limits().tmpBytes(), command));
            ProcessBuilder pb = new ProcessBuilder(wrapped).directory(work.toFile()).redirectErrorStream(true);
            pb.environment().clear();
            pb.environment().put("PATH", "/usr/bin:/bin");
            pb.environment().put("LANG", "C.UTF-8");
            pb.environment().put("HOME", home);
            pb.environment().put("TMPDIR", home);
            pb.environment().put("MALLOC_ARENA_MAX", Integer.toString(MALLOC_ARENAS));
            long start = System.nanoTime();
            Process p = pb.start();
            p.getOutputStream().close();
            OutputDrain drain = new OutputDrain(p.getInputStream(), limits.outputBytes());
            drain.start();
            ForkOutcome outcome = watch(p, channel, timeouts, start, drain, budget);
            if (classList != null) {
                cds.build(classList, javaBinary());
            }
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a test JVM: " + e.getMessage(), e);
        }
    }

    private ForkOutcome watch(Process p, Path channel, Map<String, Integer> timeouts, long start, OutputDrain drain,
                              Budget budget) throws IOException {
        List<ChannelRecord> records = new ArrayList<>();
        long readyAt = -1;
        long doneAt = -1;
        String running = null;
        long runningSince = 0;
        String killed = null;
        try (RandomAccessFile in = new RandomAccessFile(channel.toFile(), "r")) {
            StringBuilder partial = new StringBuilder();
            while (true) {
                boolean alive = p.isAlive();
                for (ChannelRecord r : readLines(in, partial, aliases)) {
                    records.add(r);
                    long now = System.nanoTime();
                    switch (r.event()) {
                        case "ready" -> readyAt = now;
                        case "started" -> {
                            running = r.id();
                            runningSince = now;
                        }
                        case "finished" -> running = null;
                        case "done" -> doneAt = now;
                        default -> { }
                    }
                }
                if (!alive) {
                    break;
                }
                long now = System.nanoTime();
                if (budget.expiredAt(now)) {
                    killed = budget.reason();
                } else if (readyAt < 0 && now - start > TimeUnit.SECONDS.toNanos(limits.startupSeconds())) {
                    killed = "the test JVM did not start within " + limits.startupSeconds() + " s";
                } else if (running != null
                        && now - runningSince > TimeUnit.SECONDS.toNanos(timeouts.getOrDefault(running, 60))) {
                    killed = "timed out after " + timeouts.getOrDefault(running, 60) + " s";
                } else if (doneAt > 0 && now - doneAt > TimeUnit.MILLISECONDS.toNanos(EXIT_GRACE_MILLIS)) {
                    killed = "the test JVM did not exit after its last test";
                }
                if (killed != null) {
                    killTree(p);
                    continue; // read what is left, then stop when the process is gone
                }
                sleep();
            }
        } finally {
            killTree(p); // nothing of the fork may outlive it
        }
        long end = System.nanoTime();
        drain.joinQuietly();
        long startNanos = (readyAt < 0 ? end : readyAt) - start;
        long testNanos = readyAt < 0 ? 0 : end - readyAt;
        return new ForkOutcome(records, exitCode(p), killed, running, drain.text(), startNanos / 1_000_000,
                testNanos / 1_000_000);
    }

    private static List<ChannelRecord> readLines(RandomAccessFile in, StringBuilder partial, GraderAliases aliases)
            throws IOException {
        List<ChannelRecord> out = new ArrayList<>();
        long available = in.length() - in.getFilePointer();
        if (available <= 0) {
            return out;
        }
        byte[] buf = new byte[(int) Math.min(available, 1 << 20)];
        in.readFully(buf);
        partial.append(new String(buf, StandardCharsets.UTF_8));
        int nl;
        while ((nl = partial.indexOf("\n")) >= 0) {
            String line = partial.substring(0, nl);
            partial.delete(0, nl + 1);
            if (!line.isBlank()) {
                out.add(ChannelRecord.parse(aliases == null ? line : aliases.real(line)));
            }
        }
        return out;
    }

    /** Kills the process and every descendant, forcibly, and waits for the process to end. */
    static void killTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int exitCode(Process p) {
        try {
            return p.waitFor();
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

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
