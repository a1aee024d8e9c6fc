package dlecon.grading.runner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One line of the private channel from the test JVM to the harness (JSON). Events: "ready" (the launcher is up),
 * "started" and "finished" per test, "done" at the end of each group of tests. Written and read with Jackson's
 * streaming API: its data binding costs 0.3 s of set-up in every test JVM and in the harness, before the first line.
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
public record ChannelRecord(String event, String id, String status, String message, String expected, String actual,
                            String tolerance, int passed, int total, String output, long millis) {

    private static final JsonFactory JSON = new JsonFactory();

    /** An event without a test. */
    public static ChannelRecord event(String event) {
        return new ChannelRecord(event, null, null, null, null, null, null, 0, 0, null, 0);
    }

    /** The start of a test. */
    public static ChannelRecord started(String id) {
        return new ChannelRecord("started", id, null, null, null, null, null, 0, 0, null, 0);
    }

    /** One line of JSON, without the line break; null fields are left out. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            field(g, "event", event);
            field(g, "id", id);
            field(g, "status", status);
            field(g, "message", message);
            field(g, "expected", expected);
            field(g, "actual", actual);
            field(g, "tolerance", tolerance);
            g.writeNumberField("passed", passed);
            g.writeNumberField("total", total);
            field(g, "output", output);
            g.writeNumberField("millis", millis);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /** Parses one line written by {@link #toJson()}; unknown fields are skipped. */
    public static ChannelRecord parse(String line) {
        String[] text = new String[8];
        long[] number = new long[3];
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                int t = TEXT_FIELDS.indexOf(name);
                int n = NUMBER_FIELDS.indexOf(name);
                if (t >= 0 && value == JsonToken.VALUE_STRING) {
                    text[t] = p.getText();
                } else if (n >= 0 && value == JsonToken.VALUE_NUMBER_INT) {
                    number[n] = p.getLongValue();
                } else if (t >= 0 || n >= 0) {
                    if (value != JsonToken.VALUE_NULL) {
                        throw new IOException("field " + name + " has the wrong type");
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new IOException("not one JSON object");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("malformed channel line: " + line, e);
        }
        return new ChannelRecord(text[0], text[1], text[2], text[3], text[4], text[5], text[6], (int) number[0],
                (int) number[1], text[7], number[2]);
    }

    private static final java.util.List<String> TEXT_FIELDS = java.util.List.of("event", "id", "status", "message",
            "expected", "actual", "tolerance", "output");
    private static final java.util.List<String> NUMBER_FIELDS = java.util.List.of("passed", "total", "millis");
}
