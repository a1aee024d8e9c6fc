package dlecon.grading.mutants;

import dlecon.api.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A known-wrong implementation: a realistic student bug made by replacing one exact piece of a reference source
 * file. Defined in {@code src/main/resources/dlecon/grading/mutants/<id>.properties} with the keys {@code exercise},
 * {@code bug} (what the student got wrong), {@code file} (path below {@code dlecon/solution/}), {@code find} (text
 * occurring exactly once in that file), {@code replace}, and {@code caughtBy} (display names of grader tests that
 * must fail, separated by {@code |}).
 *
 * @param id       the file name without extension
 * @param exercise the exercise the bug is in
 * @param bug      one line describing the mistake
 * @param file     the source file, relative to {@code dlecon/solution/}
 * @param find     the exact text replaced
 * @param replace  its wrong replacement
 * @param caughtBy display names of tests that must catch it
 */
public record Mutant(String id, Exercise exercise, String bug, String file, String find, String replace,
                     List<String> caughtBy) {

    public Mutant {
        if (find.isEmpty() || find.equals(replace)) {
            throw new IllegalArgumentException("mutant " + id + ": find must be non-empty and differ from replace");
        }
        caughtBy = List.copyOf(caughtBy);
    }

    /** Parses a definition. */
    public static Mutant parse(String id, String text) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Mutant(id, Exercise.valueOf(required(p, id, "exercise")), required(p, id, "bug"),
                required(p, id, "file"), required(p, id, "find"), p.getProperty("replace", ""),
                List.of(required(p, id, "caughtBy").split("\\s*\\|\\s*")));
    }

    private static String required(Properties p, String id, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("mutant " + id + ": missing key " + key);
        }
        return v;
    }

    /**
     * Applies the bug to a copy of the reference: {@code solutions} is a {@code dlecon/solution} folder, edited in
     * place.
     *
     * @throws IllegalStateException when {@code find} does not occur exactly once (the reference changed)
     */
    public void applyTo(Path solutions) {
        Path f = solutions.resolve(file);
        try {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int at = text.indexOf(find);
            if (at < 0 || text.indexOf(find, at + 1) >= 0) {
                throw new IllegalStateException("mutant " + id + ": the text to replace occurs "
                        + (at < 0 ? "nowhere" : "more than once") + " in " + file + "; update the definition");
            }
            Files.writeString(f, text.substring(0, at) + replace + text.substring(at + find.length()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
