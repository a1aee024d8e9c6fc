package dlecon.grading.compile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines between the harness ({@link CompilerProcess}) and the compiler JVM ({@link CompileMain}), one JSON object
 * each: the ready line {@code {"ready":true}}, a request ({@code root}, {@code out}, {@code sources},
 * {@code classPath}) and a reply ({@code ok}, {@code millis}, {@code diagnostics}, or {@code error} for a harness
 * fault). Written and read with Jackson's streaming API: its data binding costs 0.3 s of set-up on both sides.
 */
final class CompileProtocol {

    private static final JsonFactory JSON = new JsonFactory();

    /** A compilation request. */
    record Request(Path root, Path out, List<Path> sources, List<Path> classPath) {
    }

    /** The fields of one line: strings, booleans and numbers by name, string arrays by name. */
    record Line(Map<String, Object> values) {
        String text(String name) {
            return values.get(name) instanceof String s ? s : null;
        }

        boolean flag(String name) {
            return Boolean.TRUE.equals(values.get(name));
        }

        long number(String name) {
            return values.get(name) instanceof Long n ? n : 0;
        }

        @SuppressWarnings("unchecked")
        List<String> texts(String name) {
            return values.get(name) instanceof List<?> l ? (List<String>) l : List.of();
        }

        boolean has(String name) {
            return values.containsKey(name);
        }
    }

    private CompileProtocol() {
    }

    static String ready() {
        return write(g -> g.writeBooleanField("ready", true));
    }

    static String request(Request r) {
        return write(g -> {
            g.writeStringField("root", r.root().toAbsolutePath().toString());
            g.writeStringField("out", r.out().toAbsolutePath().toString());
            array(g, "sources", r.sources().stream().map(p -> p.toAbsolutePath().toString()).toList());
            array(g, "classPath", r.classPath().stream().map(Path::toString).toList());
        });
    }

    static Request request(String line) {
        Line l = parse(line);
        if (l.text("root") == null || l.text("out") == null) {
            throw new IllegalArgumentException("a request needs root and out: " + line);
        }
        return new Request(Path.of(l.text("root")), Path.of(l.text("out")), paths(l.texts("sources")),
                paths(l.texts("classPath")));
    }

    static String reply(boolean ok, long millis, List<String> diagnostics) {
        return write(g -> {
            g.writeBooleanField("ok", ok);
            g.writeNumberField("millis", millis);
            array(g, "diagnostics", diagnostics);
        });
    }

    static String error(String why) {
        return write(g -> g.writeStringField("error", why));
    }

    /**
     * The fields of a line.
     *
     * @throws UncheckedIOException when the line is not one JSON object of such fields
     */
    static Line parse(String line) {
        Map<String, Object> values = new HashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (t) {
                    case VALUE_STRING -> values.put(name, p.getText());
                    case VALUE_TRUE, VALUE_FALSE -> values.put(name, t == JsonToken.VALUE_TRUE);
                    case VALUE_NUMBER_INT -> values.put(name, p.getLongValue());
                    case START_ARRAY -> {
                        List<String> items = new ArrayList<>();
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            items.add(p.getText());
                        }
                        if (p.currentToken() != JsonToken.END_ARRAY) {
                            throw new IOException("field " + name + " is not an array of strings");
                        }
                        values.put(name, items);
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new IOException("not one JSON object");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage() + ": " + line, e);
        }
        return new Line(values);
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void array(JsonGenerator g, String name, List<String> items) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : items) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static List<Path> paths(List<String> names) {
        return names.stream().filter(s -> !s.isBlank()).map(Path::of).toList();
    }
}
