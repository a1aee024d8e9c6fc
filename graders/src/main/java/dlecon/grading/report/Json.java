package dlecon.grading.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** The JSON output shared by the JSON writers: two-space indentation, LF line ends, keys in insertion order. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
        WRITER = MAPPER.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private Json() {
    }

    /** Writes {@code root} pretty printed and a final line end; flushes, does not close {@code out}. */
    static void write(ObjectNode root, Writer out) throws IOException {
        WRITER.writeValue(out, root);
        out.write('\n');
        out.flush();
    }
}
