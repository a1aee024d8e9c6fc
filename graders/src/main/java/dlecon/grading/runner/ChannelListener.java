package dlecon.grading.runner;

import dlecon.grading.api.GradingExtension;
import dlecon.grading.api.GradingFailure;
import dlecon.grading.api.SafeText;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.AssertionFailedError;

/**
 * Writes each test's start and outcome to the private channel, flushed line by line so that a test JVM that dies
 * loses nothing already reported. Failure texts are read without running submission code ({@link SafeText}).
 */
final class ChannelListener implements TestExecutionListener {

    private final PrintStream channel;
    private final OutputCapture capture;
    private final Map<String, Long> starts = new HashMap<>();
    private final Map<String, int[]> credits = new HashMap<>();

    ChannelListener(PrintStream channel, OutputCapture capture) {
        this.channel = channel;
        this.capture = capture;
    }

    void send(ChannelRecord r) {
        channel.println(r.toJson());
        channel.flush();
    }

    @Override
    public void executionStarted(TestIdentifier t) {
        if (t.isTest()) {
            capture.take(); // output between tests belongs to no test
            starts.put(t.getUniqueId(), System.nanoTime());
            send(ChannelRecord.started(t.getUniqueId()));
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier t, ReportEntry entry) {
        String v = entry.getKeyValuePairs().get(GradingExtension.CREDIT_ENTRY);
        if (v != null) {
            String[] parts = v.split("/");
            credits.put(t.getUniqueId(), new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
        }
    }

    @Override
    public void executionSkipped(TestIdentifier t, String reason) {
        if (t.isTest()) {
            send(new ChannelRecord("finished", t.getUniqueId(), "SKIPPED", "skipped: " + SafeText.cap(reason),
                    null, null, null, 0, 0, "", 0));
        }
    }

    @Override
    public void executionFinished(TestIdentifier t, TestExecutionResult result) {
        if (!t.isTest()) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                // a container failed (e.g. a grader class could not be set up): its tests report nothing and
                // the harness scores them with the reason below
                send(new ChannelRecord("container-failed", t.getUniqueId(), null,
                        result.getThrowable().map(SafeText::describe).orElse("container failed"),
                        null, null, null, 0, 0, null, 0));
            }
            return;
        }
        String id = t.getUniqueId();
        long millis = (System.nanoTime() - starts.getOrDefault(id, System.nanoTime())) / 1_000_000;
        int[] credit = credits.getOrDefault(id, new int[2]);
        String output = capture.take();
        Throwable th = result.getThrowable().map(ChannelListener::unwrap).orElse(null);
        String status = switch (result.getStatus()) {
            case SUCCESSFUL -> "PASSED";
            case ABORTED -> "ABORTED";
            case FAILED -> th instanceof AssertionError && SafeText.trusted(th.getClass()) ? "FAILED" : "ERRORED";
        };
        String message = null;
        String expected = null;
        String actual = null;
        String tolerance = null;
        if (th instanceof GradingFailure g) {
            message = g.what();
            expected = g.expectedText();
            actual = g.actualText();
            tolerance = g.tolerance();
        } else if (th instanceof AssertionFailedError a && SafeText.trusted(a.getClass())) {
            message = SafeText.message(a);
            expected = a.isExpectedDefined() ? SafeText.cap(a.getExpected().getStringRepresentation()) : null;
            actual = a.isActualDefined() ? SafeText.cap(a.getActual().getStringRepresentation()) : null;
        } else if (th instanceof dlecon.grading.api.SubmissionThrew s) {
            message = s.getMessage();
        } else if (th != null) {
            message = status.equals("FAILED") ? SafeText.message(th) : SafeText.describe(th);
        } else if (!status.equals("PASSED")) {
            message = status.toLowerCase(java.util.Locale.ROOT);
        }
        send(new ChannelRecord("finished", id, status, oneLine(message), expected, actual, tolerance,
                credit[0], credit[1], output, millis));
    }

    /** The submission's exception behind a failed parameter resolution (e.g. a missing class). */
    private static Throwable unwrap(Throwable t) {
        if (t instanceof org.junit.jupiter.api.extension.ParameterResolutionException && t.getCause() != null) {
            return t.getCause();
        }
        return t;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String first = s.strip().lines().findFirst().orElse("");
        return s.strip().contains("\n") ? first + " ..." : first;
    }
}
