package dlecon.grading.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How a test JVM is contained. {@link Mode#BWRAP} wraps it in bubblewrap: a read-only view of the file system,
 * a private {@code /tmp}, no network and its own PID, IPC and user namespaces, dying with the harness; only the
 * run's work folder is writable. {@link Mode#PROCESS} is a plain child process (memory limit, watchdog, static check
 * still apply); used where bwrap is absent or user namespaces are disabled.
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

    /** True when {@code bwrap} is on the PATH and a probe run inside it succeeds (checked once per JVM). */
    public static boolean bwrapUsable() {
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
            List<String> cmd = new ArrayList<>(wrap(Mode.BWRAP, Path.of("/tmp"), List.of(), List.of("/bin/true")));
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
     * @param visible  files and folders that must stay readable even under the private {@code /tmp} (the class
     *                 path), bound read-only
     */
    public static List<String> wrap(Mode mode, Path writable, List<Path> visible, List<String> command) {
        if (mode == Mode.PROCESS) {
            return command;
        }
        String w = writable.toAbsolutePath().toString();
        List<String> cmd = new ArrayList<>(List.of("bwrap",
                "--ro-bind", "/", "/",
                "--dev", "/dev",
                "--proc", "/proc",
                "--tmpfs", "/tmp"));
        for (Path v : visible) {
            String p = v.toAbsolutePath().normalize().toString();
            if (p.startsWith("/tmp/") && Files.exists(v)) {
                cmd.addAll(List.of("--ro-bind", p, p));
            }
        }
        cmd.addAll(List.of("--bind", w, w,
                "--unshare-all",
                "--die-with-parent",
                "--new-session",
                "--cap-drop", "ALL",
                "--chdir", w,
                "--"));
        cmd.addAll(command);
        return cmd;
    }

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
