package dlecon.grading.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How a test JVM is contained. {@link Mode#BWRAP} wraps it in bubblewrap: a file system holding only the system's
 * programs and libraries ({@code /usr}), the JDK, the staged class path and the submission's classes, all
 * read-only, a private size-capped {@code /tmp}, no network and its own PID, IPC and user namespaces, dying with the
 * harness; only the fork's work folder is writable, and nothing else of the host (homes, the project, other
 * temporary folders) exists inside. {@link Mode#PROCESS} is a plain child process (limits, watchdog, static check
 * still apply; the host's files stay readable as far as the JVM's user may read them); used where bwrap is absent
 * or user namespaces are disabled.
 */
public final class Sandbox {

    /** The containment of test JVMs. */
    public enum Mode {
        /** bubblewrap namespaces around a child process. */
        BWRAP,
        /** A plain child process. */
        PROCESS;

        /** Lower-case name used in reports. */
        public String label() {
            return this == BWRAP ? "bwrap" : "process";
        }
    }

    private static volatile Boolean bwrapWorks;

    private Sandbox() {
    }

    /** {@link Mode#BWRAP} when bwrap is installed and can create its namespaces here, else {@link Mode#PROCESS}. */
    public static Mode detect() {
        return bwrapUsable() ? Mode.BWRAP : Mode.PROCESS;
    }

    /** Why {@code mode} was chosen by {@code auto} (or that it was asked for), for the console and the reports. */
    public static String reason(Mode mode, boolean chosenByAuto) {
        if (!chosenByAuto) {
            return mode == Mode.BWRAP ? "bwrap (asked for)" : "process (asked for; weaker: the host's files stay "
                    + "readable to the test JVM's user, no namespaces)";
        }
        if (mode == Mode.BWRAP) {
            return "bwrap (auto: bwrap works here)";
        }
        return "process (auto: " + (onPath("bwrap") == null ? "bwrap is not installed"
                : "bwrap cannot create namespaces here") + "; weaker: no namespaces, the host's files stay readable "
                + "to the test JVM's user)";
    }

    /**
     * Runs the probes of {@link #detect()} on a thread of their own, so they overlap with whatever the harness does
     * before it needs their answer (a later call waits for them instead of probing again).
     */
    public static void probeInBackground() {
        Thread t = new Thread(Sandbox::detect, "sandbox-probe");
        t.setDaemon(true);
        t.start();
    }

    /** True when {@code bwrap} is on the PATH and a probe run inside it succeeds (checked once per JVM). */
    public static synchronized boolean bwrapUsable() {
        Boolean b = bwrapWorks;
        if (b == null) {
            b = probe();
            bwrapWorks = b;
        }
        return b;
    }

    private static boolean probe() {
        Path bwrap = onPath("bwrap");
        if (bwrap == null) {
            return false;
        }
        try {
            // probed as the test JVMs will run it: as a user of their own when the harness is root
            Confinement c = new Confinement(ProcessLimits.DEFAULT);
            List<String> cmd = new ArrayList<>(c.prefix(c.nextUid(), JvmLimits.DEFAULT.heapMegabytes(), 60));
            cmd.addAll(wrap(Mode.BWRAP, Path.of("/tmp"), List.of(), ProcessLimits.DEFAULT.tmpBytes(),
                    List.of("/bin/true")));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The command that runs {@code command} in the given mode with only {@code writable} writable.
     *
     * @param writable the run's work folder (bound read-write inside the sandbox)
     * @param visible  files and folders the command reads (the staged class path, the submission's classes), bound
     *                 read-only at their own paths; on the bwrap path nothing else of the host is visible besides
     *                 {@code /usr} (and the JDK when it lies elsewhere)
     * @param tmpBytes size of the private {@code /tmp}
     */
    public static List<String> wrap(Mode mode, Path writable, List<Path> visible, long tmpBytes,
                                    List<String> command) {
        if (mode == Mode.PROCESS) {
            return command;
        }
        String w = writable.toAbsolutePath().toString();
        List<String> cmd = new ArrayList<>(List.of("bwrap", "--ro-bind", "/usr", "/usr"));
        for (String top : SYSTEM_LINKS) {
            Path p = Path.of(top);
            if (Files.isSymbolicLink(p)) {
                try {
                    cmd.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), top));
                } catch (IOException e) {
                    // an unreadable link: left out
                }
            } else if (Files.isDirectory(p)) {
                cmd.addAll(List.of("--ro-bind", top, top));
            }
        }
        Path jdk = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
        if (!jdk.startsWith("/usr/")) {
            cmd.addAll(List.of("--ro-bind", jdk.toString(), jdk.toString()));
        }
        for (String target : jdkLinkTargets()) {
            cmd.addAll(List.of("--ro-bind", target, target));
        }
        cmd.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", Long.toString(tmpBytes), "--tmpfs", "/tmp"));
        for (Path v : visible) {
            String p = v.toAbsolutePath().normalize().toString();
            if (Files.exists(v)) {
                cmd.addAll(List.of("--ro-bind", p, p));
            }
        }
        cmd.addAll(List.of("--bind", w, w,
                "--remount-ro", "/",
                "--unshare-all",
                "--die-with-parent",
                "--new-session",
                "--cap-drop", "ALL",
                "--chdir", w,
                "--"));
        cmd.addAll(command);
        return cmd;
    }

    /**
     * Files outside {@code /usr} and the JDK that the JDK's own symbolic links point to (Debian keeps the JDK's
     * {@code conf} files, e.g. {@code java.security}, in {@code /etc/java-17-openjdk}): bound so the JVM starts.
     */
    static synchronized List<String> jdkLinkTargets() {
        if (jdkTargets == null) {
            Path jdk = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
            List<String> out = new ArrayList<>();
            try (var files = Files.walk(jdk, JDK_LINK_DEPTH)) {
                for (Path link : files.filter(Files::isSymbolicLink).toList()) {
                    Path target = link.toRealPath();
                    if (!target.startsWith("/usr/") && !target.startsWith(jdk) && Files.isRegularFile(target)) {
                        out.add(target.toString());
                    }
                }
            } catch (IOException e) {
                // a dangling or unreadable link: the JVM will say what it misses
            }
            jdkTargets = out.stream().distinct().sorted().toList();
        }
        return jdkTargets;
    }

    /** How deep {@link #jdkLinkTargets} looks: {@code conf/security/policy/unlimited/*.policy} is 4 levels down. */
    private static final int JDK_LINK_DEPTH = 5;
    private static List<String> jdkTargets;

    /** Top-level folders of the system's libraries and programs: links into {@code /usr} or folders of their own. */
    private static final List<String> SYSTEM_LINKS = List.of("/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32");

    /** The executable {@code name} found on the PATH, or null. */
    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
