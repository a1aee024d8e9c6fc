package dlecon.grading.runner;

import dlecon.grading.api.GradingExtension;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Entry point of a test JVM: {@code ForkMain CHANNEL_FILE}. Opens the private channel before any submission
 * class is loaded, redirects {@code System.out}/{@code err} into a capped capture and {@code System.in} to an empty
 * stream, reports "ready", then runs one group of tests per line of its real standard input, {@code SALT TAB
 * TESTS_FILE TAB CLASSES}: the tests whose unique ids {@code TESTS_FILE} lists (one per line, the id and after a tab its seed, see
 * {@link GradingExtension#SEEDS}) against the submission's class folders {@code CLASSES} (path-separated), with the
 * Jupiter engine alone (no engines, listeners or filters registered from the class path, no
 * {@code junit-platform.properties} honoured), and reports "done" after each group. One JVM can so run the exercises
 * of a submission one after the other; each test still loads the submission's classes in a class loader of its own.
 * Ends with {@code halt} when its standard input ends, so no thread left behind can keep the JVM alive.
 */
public final class ForkMain {

    private ForkMain() {
    }

    /** Runs groups of tests until standard input ends; the process exit code is 0 then. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ForkMain CHANNEL_FILE   (groups on stdin: SALT TAB TESTS_FILE TAB CLASSES)");
            Runtime.getRuntime().halt(2);
        }
        PrintStream channel = new PrintStream(new FileOutputStream(args[0], true), false, StandardCharsets.UTF_8);
        BufferedReader groups = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in),
                StandardCharsets.UTF_8));
        System.setIn(InputStream.nullInputStream()); // the group lines are the harness's, not the tests'
        OutputCapture capture = new OutputCapture();
        PrintStream captured = capture.printStream();
        System.setOut(captured);
        System.setErr(captured);
        ChannelListener listener = new ChannelListener(channel, capture);
        Launcher launcher = JupiterLauncher.create();
        listener.send(ChannelRecord.event("ready"));
        for (String line = groups.readLine(); line != null; line = groups.readLine()) {
            String[] group = line.split("\t", 3);
            if (group.length == 3) {
                launcher.execute(request(Long.parseLong(group[0]), group[1], group[2]), listener);
                listener.send(ChannelRecord.event("done"));
            }
        }
        channel.close();
        Runtime.getRuntime().halt(0);
    }

    private static LauncherDiscoveryRequest request(long salt, String testsFile, String classes) throws IOException {
        List<String> ids = Files.readAllLines(Path.of(testsFile), StandardCharsets.UTF_8).stream()
                .map(l -> l.split("\t", 2)[0]).filter(s -> !s.isBlank()).toList();
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(ids.stream().map(DiscoverySelectors::selectUniqueId).toList())
                .configurationParameter(GradingExtension.SALT, Long.toString(salt))
                .configurationParameter(GradingExtension.SEEDS, testsFile)
                .configurationParameter(GradingExtension.CLASSES, classes)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .enableImplicitConfigurationParameters(false)
                .build();
    }
}
