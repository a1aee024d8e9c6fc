package dlecon.grading.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who a test JVM runs as and under which operating-system limits ({@link ProcessLimits}), on both sandbox paths.
 * When the harness runs as root (CI runners, Gradescope's and PrairieLearn's containers), every test JVM runs as a
 * user of its own ({@code setpriv}: a uid no account has, no groups, no new privileges), which is also what makes the
 * thread limit ({@code RLIMIT_NPROC}, counted per user, not enforced for root) hold. As any other user the JVM keeps
 * the harness's user and the thread limit is not applied (threads are refused by the static check). The other
 * limits ({@code prlimit}: address space, CPU time, file size, no core dumps) apply in both cases. Cgroups are not
 * used: on the hosts this grader targets they are not writable by the harness (checked: cgroup v1, read-only).
 */
public final class Confinement {

    /** The first uid handed to test JVMs; far above any account's (system or login) uid. */
    private static final int FIRST_UID = 1_000_000_000;
    /** Uids per harness process: more than the test JVMs one harness runs at once. */
    private static final int UIDS_PER_HARNESS = 1024;
    /** Harness processes told apart by their pid modulo this (a collision only shares a thread budget). */
    private static final int HARNESS_SLOTS = 4096;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static volatile Boolean dropWorks;

    private final ProcessLimits limits;

    public Confinement(ProcessLimits limits) {
        this.limits = limits;
    }

    /** The limits applied. */
    public ProcessLimits limits() {
        return limits;
    }

    /** True when test JVMs run as a user of their own (the harness is root and the drop works here). */
    public static synchronized boolean dropsUser() {
        Boolean b = dropWorks;
        if (b == null) {
            b = isRoot() && Sandbox.onPath("setpriv") != null && Sandbox.onPath("prlimit") != null && probe();
            dropWorks = b;
        }
        return b;
    }

    /** A fresh uid for the next test JVM, or -1 when JVMs keep the harness's user. */
    public int nextUid() {
        if (!dropsUser()) {
            return -1;
        }
        long slot = ProcessHandle.current().pid() % HARNESS_SLOTS;
        return FIRST_UID + (int) (slot * UIDS_PER_HARNESS) + Math.floorMod(NEXT.getAndIncrement(), UIDS_PER_HARNESS);
    }

    /**
     * The command prefix that runs the next command as {@code uid} (or the harness's user when -1) with the limits
     * for a JVM of {@code heapMegabytes} whose tests may take {@code cpuSeconds} of CPU time.
     */
    public List<String> prefix(int uid, int heapMegabytes, long cpuSeconds) {
        List<String> cmd = new ArrayList<>();
        if (uid >= 0) {
            cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--no-new-privs",
                    "--pdeathsig", "KILL"));
        } else if (Sandbox.onPath("setpriv") != null) {
            // the JVM dies with the harness, also on the process path (bwrap has --die-with-parent)
            cmd.addAll(List.of("setpriv", "--pdeathsig", "KILL"));
        }
        if (Sandbox.onPath("prlimit") == null) {
            return cmd;
        }
        cmd.add("prlimit");
        if (uid >= 0) {
            cmd.add("--nproc=" + limits.threads());
        }
        cmd.addAll(List.of("--as=" + limits.addressSpaceBytes(heapMegabytes), "--cpu=" + cpuSeconds,
                "--fsize=" + limits.fileBytes(), "--core=0"));
        return cmd;
    }

    /** One line for the reports: who the test JVMs run as and which limits hold. */
    public String describe() {
        String who = dropsUser() ? "an unprivileged user of its own per test JVM (" + limits.threads()
                + " threads)" : isRoot() ? "root (setpriv/prlimit missing or not working: no thread limit)"
                : "the harness's user (no thread limit: threads are refused statically)";
        return who + (Sandbox.onPath("prlimit") == null ? "; no prlimit: heap and wall-time limits only"
                : "; address space heap+" + limits.nativeMegabytes() + " MB, CPU time "
                + limits.cpuSecondsPerWallSecond() + " s per budgeted s, files " + (limits.fileBytes() >> 20)
                + " MiB");
    }

    /** Makes {@code dir} (a test JVM's work folder) and the files in it the property of {@code uid}. */
    static void handOver(Path dir, int uid) throws IOException {
        if (uid < 0) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.setAttribute(f, "unix:uid", uid);
                Files.setAttribute(f, "unix:gid", uid);
            }
        }
        Files.setAttribute(dir, "unix:uid", uid);
        Files.setAttribute(dir, "unix:gid", uid);
    }

    /**
     * Checks that a test JVM of its own user can reach {@code path}: every folder above it must let others pass
     * ({@code o+x}). Throws with the folder that does not, rather than weakening the sandbox.
     */
    static void requireReachable(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("test JVMs run as users of their own, but " + p + " (above " + abs
                        + ") does not let other users pass (mode o+x missing); use a work folder in the system "
                        + "temporary folder");
            }
        }
    }

    static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0"); // the effective uid
                }
            }
        } catch (IOException e) {
            // not Linux: no drop
        }
        return false;
    }

    /** Runs the JDK's {@code java -version} as a fresh uid: the JDK must be readable and setpriv must work. */
    private static boolean probe() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Process p = new ProcessBuilder("setpriv", "--reuid=" + FIRST_UID, "--regid=" + FIRST_UID,
                    "--clear-groups", "--no-new-privs", java, "-Xshare:auto", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
