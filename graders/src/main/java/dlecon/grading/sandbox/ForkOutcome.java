package dlecon.grading.sandbox;

import dlecon.grading.runner.ChannelRecord;
import java.util.List;

/**
 * What one test JVM did.
 *
 * @param records        the channel records in order
 * @param exitCode       the JVM's exit code (or the signal's code when killed)
 * @param killed         why the watchdog killed it, or null when it ended on its own
 * @param running        the test that had started but not finished when the JVM ended, or null
 * @param jvmOutput      the head of the JVM's own stdout/stderr (crash and out-of-memory messages)
 * @param startMillis    from start until the launcher reported ready (whole life when it never did)
 * @param testMillis     from ready until the JVM ended
 */
public record ForkOutcome(List<ChannelRecord> records, int exitCode, String killed, String running, String jvmOutput,
                          long startMillis, long testMillis) {

    public ForkOutcome {
        records = List.copyOf(records);
    }

    /** True when the launcher came up. */
    public boolean ready() {
        return records.stream().anyMatch(r -> r.event().equals("ready"));
    }

    /** True when the run reached its end. */
    public boolean completed() {
        return records.stream().anyMatch(r -> r.event().equals("done"));
    }
}
