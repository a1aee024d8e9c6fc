package dlecon.grading.runner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One line of the private channel from the test JVM to the harness (JSON). Events: "ready" (the launcher is up),
 * "started" and "finished" per test, "done" at the end.
 *
 * @param event     ready, started, finished or done
 * @param id        the test's unique id (started, finished)
 * @param status    PASSED, FAILED, ERRORED, ABORTED or SKIPPED (finished)
 * @param message   one-line reason when not passed
 * @param expected  expected value as text, or null
 * @param actual    actual value as text, or null
 * @param tolerance tolerance as text, or null
 * @param passed    passed cases of a partial-credit test
 * @param total     cases of a partial-credit test (0 when none)
 * @param output    the submission's captured output during the test
 * @param millis    wall time of the test
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelRecord(String event, String id, String status, String message, String expected, String actual,
                            String tolerance, int passed, int total, String output, long millis) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An event without a test. */
    public static ChannelRecord event(String event) {
        return new ChannelRecord(event, null, null, null, null, null, null, 0, 0, null, 0);
    }

    /** The start of a test. */
    public static ChannelRecord started(String id) {
        return new ChannelRecord("started", id, null, null, null, null, null, 0, 0, null, 0);
    }

    /** One line of JSON, without the line break. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one line written by {@link #toJson()}. */
    public static ChannelRecord parse(String line) {
        try {
            return JSON.readValue(line, ChannelRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("malformed channel line: " + line, e);
        }
    }
}
