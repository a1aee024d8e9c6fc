package dlecon.grading.runner;

import dlecon.grading.api.GradingExtension;
import java.io.FileOutputStream;
import java.io.IOException;
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
 * Entry point of a test JVM: {@code ForkMain SALT CHANNEL_FILE TESTS_FILE CLASSES_DIR}; {@code TESTS_FILE} lists one
 * test per line, its unique id and, after a tab, its seed (see {@link GradingExtension#SEEDS}). Opens the private
 * channel before any submission class is loaded, redirects {@code System.out}/{@code err} into a capped capture, and runs the tests
 * whose unique ids {@code TESTS_FILE} lists with the Jupiter engine alone (no engines, listeners or filters
 * registered from the class path, no {@code junit-platform.properties} honoured). Ends with {@code halt} so no
 * thread left behind can keep the JVM alive.
 */
public final class ForkMain {

    private ForkMain() {
    }

    /** Runs the listed tests; the process exit code is 0 when the run completed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: ForkMain SALT CHANNEL_FILE TESTS_FILE CLASSES_DIR");
            Runtime.getRuntime().halt(2);
        }
        long salt = Long.parseLong(args[0]);
        PrintStream channel = new PrintStream(new FileOutputStream(args[1], true), false, StandardCharsets.UTF_8);
        List<String> ids = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream()
                .map(l -> l.split("\t", 2)[0]).toList();
        OutputCapture capture = new OutputCapture();
        PrintStream captured = capture.printStream();
        System.setOut(captured);
        System.setErr(captured);
        ChannelListener listener = new ChannelListener(channel, capture);
        Launcher launcher = JupiterLauncher.create();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(ids.stream().filter(s -> !s.isBlank()).map(DiscoverySelectors::selectUniqueId).toList())
                .configurationParameter(GradingExtension.SALT, Long.toString(salt))
                .configurationParameter(GradingExtension.SEEDS, args[2])
                .configurationParameter(GradingExtension.CLASSES, args[3])
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .enableImplicitConfigurationParameters(false)
                .build();
        listener.send(ChannelRecord.event("ready"));
        launcher.execute(request, listener);
        listener.send(ChannelRecord.event("done"));
        channel.close();
        Runtime.getRuntime().halt(0);
    }
}
