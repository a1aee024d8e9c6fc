package dlecon.grading.mutants;

import dlecon.api.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A known-wrong implementation: a realistic student bug made by find/replace edits of the reference. Defined in
 * {@code src/main/resources/dlecon/grading/mutants/<eN>/<id>.properties} with the keys {@code kind = wrong},
 * {@code exercise}, {@code bug} (what the student got wrong), {@code task} (the sheet task it is a bug of, as the
 * tests name it in {@code @Graded(task)}), the edits of {@link SourceEdits}, and {@code caughtBy} (display names of
 * grader tests that must fail, separated by {@code |}).
 *
 * @param id       the file name without extension
 * @param exercise the exercise the bug is in
 * @param bug      one line describing the mistake
 * @param task     the sheet task whose result the bug makes wrong ("" when not yet assigned)
 * @param edits    the edits of the reference
 * @param caughtBy display names of tests that must catch it
 */
public record Mutant(String id, Exercise exercise, String bug, String task, SourceEdits edits,
                     List<String> caughtBy) {

    public Mutant {
        caughtBy = List.copyOf(caughtBy);
    }

    /** Parses a definition. */
    public static Mutant parse(String id, String text) {
        Properties p = properties(text);
        return new Mutant(id, Exercise.valueOf(required(p, id, "exercise")), required(p, id, "bug"),
                p.getProperty("task", "").strip(), SourceEdits.parse(id, p),
                List.of(required(p, id, "caughtBy").split("\\s*\\|\\s*")));
    }

    /** The first edited file, relative to {@code dlecon/solution/}. */
    public String file() {
        return edits.file();
    }

    /** Applies the bug to a copy of the reference ({@code solutions} is a {@code dlecon/solution} folder). */
    public void applyTo(Path solutions) {
        edits.applyTo(id, solutions);
    }

    static Properties properties(String text) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String required(Properties p, String id, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("definition " + id + ": missing key " + key);
        }
        return v;
    }
}
