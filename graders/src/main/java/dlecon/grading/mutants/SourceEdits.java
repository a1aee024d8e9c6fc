package dlecon.grading.mutants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The find/replace edits that turn the reference into a known implementation, read from a definition's keys
 * {@code file}, {@code find}, {@code replace} and, for more edits, {@code file.2}, {@code find.2}, {@code replace.2},
 * ... ({@code file.k} defaults to {@code file}). Each {@code find} must occur exactly once in its file when applied.
 *
 * @param changes the edits, applied in order
 */
public record SourceEdits(List<Change> changes) {

    /**
     * One edit.
     *
     * @param file    path below {@code dlecon/solution/}
     * @param find    the exact text replaced
     * @param replace its replacement
     */
    public record Change(String file, String find, String replace) {
    }

    public SourceEdits {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("no edit");
        }
    }

    /** The edits of a definition; {@code id} names it in messages. */
    static SourceEdits parse(String id, Properties p) {
        List<Change> out = new ArrayList<>();
        String file = p.getProperty("file");
        for (int k = 1; ; k++) {
            String suffix = k == 1 ? "" : "." + k;
            String find = p.getProperty("find" + suffix);
            if (find == null) {
                break;
            }
            String f = p.getProperty("file" + suffix, file);
            String replace = p.getProperty("replace" + suffix, "");
            if (f == null || f.isBlank() || find.isEmpty() || find.equals(replace)) {
                throw new IllegalArgumentException("definition " + id + ": edit " + k + " needs a file and a non-empty "
                        + "find that differs from its replace");
            }
            out.add(new Change(f, find, replace));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("definition " + id + ": missing key find");
        }
        return new SourceEdits(out);
    }

    /** The first edit's file (the one a report names). */
    public String file() {
        return changes.get(0).file();
    }

    /**
     * Applies the edits to a copy of the reference: {@code solutions} is a {@code dlecon/solution} folder, edited in
     * place.
     *
     * @throws IllegalStateException when a {@code find} does not occur exactly once (the reference changed)
     */
    public void applyTo(String id, Path solutions) {
        for (Change c : changes) {
            Path f = solutions.resolve(c.file());
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int at = text.indexOf(c.find());
                if (at < 0 || text.indexOf(c.find(), at + 1) >= 0) {
                    throw new IllegalStateException("definition " + id + ": the text to replace occurs "
                            + (at < 0 ? "nowhere" : "more than once") + " in " + c.file() + "; update the definition");
                }
                Files.writeString(f, text.substring(0, at) + c.replace() + text.substring(at + c.find().length()),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
