package dlecon.grading.sandbox;

import dlecon.grading.runner.ForkMain;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts test JVMs ({@link ForkMain}) under a {@link Sandbox} mode, as the user and with the limits of
 * {@link Confinement}: a {@link TestSession} runs groups of tests one after the other under its watchdog; {@link #run}
 * runs one group in a JVM of its own.
 */
public final class TestJvm {

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

    /**
     * Stages the test JVMs' class path and draws the graders' random names on a thread of their own, so both are
     * ready when the first grade needs them (the renaming takes 0.4 s; {@link #withGraderAliases()} then finds it
     * done, or waits for it instead of drawing twice). A failure here is left for the grade itself to report.
     */
    public static void prepareInBackground(List<String> harnessClassPath) {
        Thread t = new Thread(() -> {
            try {
                TestRuntime r = TestRuntime.stage(harnessClassPath);
                if (r.graders() != null) {
                    GraderAliases.ofThisHarness(r.graders());
                }
            } catch (RuntimeException e) {
                // the grade stages again and says what failed
            }
        }, "test-runtime-prepare");
        t.setDaemon(true);
        t.start();
    }

    /** One line for the reports: who the test JVMs run as and which operating-system limits hold. */
    public String describe() {
        return confinement.describe();
    }

    /**
     * Runs the tests {@code timeouts} lists (unique id to seconds, in order) against the submission's class folders
     * {@code classes} (the exercise's, then those of exercises its suites use) in a JVM of their own.
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
        long wall = Math.min(budget.remainingSeconds() + 1,
                timeouts.values().stream().mapToLong(Integer::longValue).sum());
        try (TestSession session = start(classes, wall, work)) {
            return session.run(classes, timeouts, salt, budget);
        }
    }

    /**
     * Starts a test JVM that runs groups of tests ({@link TestSession#run}) until it is closed.
     *
     * @param visible     every class folder of the submission the session's groups will name (bound read-only)
     * @param wallSeconds the longest the session's tests may take together: its CPU-time limit derives from it
     * @param work        a fresh folder for this JVM (channel and test lists); the only writable place in the sandbox
     */
    public TestSession start(List<Path> visible, long wallSeconds, Path work) {
        try {
            Files.createDirectories(work);
            Path channel = work.resolve("channel.jsonl");
            Files.writeString(channel, "");
            int uid = confinement.nextUid();
            if (uid >= 0) {
                Confinement.requireReachable(work);
                for (Path c : visible) {
                    Confinement.requireReachable(c);
                }
            }
            Confinement.handOver(work, uid);
            // the JVM's home and temporary folder: its work folder (process path) or the private /tmp (bwrap)
            String home = mode == Sandbox.Mode.BWRAP ? "/tmp" : work.toAbsolutePath().toString();
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
                    channel.toString()));
            List<Path> bound = new ArrayList<>(visible);
            bound.add(runtime.root());
            if (aliases != null) {
                bound.add(aliases.jar());
            }
            // user and limits first: bwrap then runs unprivileged and passes the limits on to the JVM
            List<String> wrapped = new ArrayList<>(confinement.prefix(uid, limits.heapMegabytes(),
                    confinement.limits().cpuSeconds(wallSeconds, limits.startupSeconds())));
            wrapped.addAll(Sandbox.wrap(mode, work, bound, confinement.limits().tmpBytes(), command));
            ProcessBuilder pb = new ProcessBuilder(wrapped).directory(work.toFile()).redirectErrorStream(true);
            pb.environment().clear();
            pb.environment().put("PATH", "/usr/bin:/bin");
            pb.environment().put("LANG", "C.UTF-8");
            pb.environment().put("HOME", home);
            pb.environment().put("TMPDIR", home);
            pb.environment().put("MALLOC_ARENA_MAX", Integer.toString(MALLOC_ARENAS));
            long start = System.nanoTime();
            Process p = pb.start();
            OutputDrain drain = new OutputDrain(p.getInputStream(), limits.outputBytes());
            drain.start();
            Path recorded = classList;
            return new TestSession(p, work, channel, drain, aliases, limits.startupSeconds(), start,
                    () -> {
                        if (recorded != null) {
                            cds.build(recorded, javaBinary());
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a test JVM: " + e.getMessage(), e);
        }
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

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
