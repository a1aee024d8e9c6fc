package dlecon.grading.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed list of mutants that survive on purpose, {@value #RESOURCE}: one line per mutant with the fields
 * kind, file, method, occurrence, original line, mutated line and a one-line reason, separated by tabs ({@code #}
 * starts a comment). Kind {@code equivalent}: no input the contract allows tells it from the reference, so it leaves
 * the score's denominator. Kind {@code accepted}: a real change the graders do not catch, kept with the reason why;
 * it counts as a survivor in the score but does not fail the analysis.
 */
public final class Equivalents {

    /** The resource holding the list (beside the known-wrong implementations, so it never ships to students). */
    public static final String RESOURCE = "/dlecon/grading/mutants/equivalent-mutants.tsv";

    /** The two kinds of entries. */
    public enum Kind {
        /** Behaves like the reference on every input the contract allows. */
        EQUIVALENT,
        /** A documented survivor. */
        ACCEPTED
    }

    /** One entry: its kind, the mutant's key and the reason. */
    public record Entry(Kind kind, String key, String reason, int line) {
    }

    private final Map<String, Entry> entries;

    private Equivalents(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The list shipped with the graders (empty when absent, as in a student repository). */
    public static Equivalents load() {
        try (InputStream in = Equivalents.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new Equivalents(Map.of()) : parse(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the list.
     *
     * @throws IllegalArgumentException naming the line of a malformed or repeated entry
     */
    public static Equivalents parse(String text) {
        Map<String, Entry> out = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7 || f[6].isBlank()) {
                throw new IllegalArgumentException("equivalent-mutants.tsv line " + (i + 1) + ": expected 7 tab-separated"
                        + " fields (kind, file, method, occurrence, original, mutated, reason), got " + f.length);
            }
            Kind kind;
            try {
                kind = Kind.valueOf(f[0].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("equivalent-mutants.tsv line " + (i + 1) + ": kind must be "
                        + "equivalent or accepted, not " + f[0]);
            }
            String key = String.join("\t", f[1], f[2], f[3], f[4], f[5]);
            if (out.put(key, new Entry(kind, key, f[6].strip(), i + 1)) != null) {
                throw new IllegalArgumentException("equivalent-mutants.tsv line " + (i + 1) + ": the same mutant twice");
            }
        }
        return new Equivalents(out);
    }

    /** The entry of a mutant, or null. */
    public Entry of(SourceMutant m) {
        return entries.get(m.key());
    }

    /** Every entry, in file order. */
    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** The line an entry for {@code m} would have (for copying a survivor into the list). */
    public static String line(Kind kind, SourceMutant m, String reason) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "\t" + m.key() + "\t" + reason;
    }
}
