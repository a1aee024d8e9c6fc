package dlecon.grading.mutants;

import dlecon.api.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The known implementations shipped with the graders: per exercise, {@code mutants/<eN>/index.txt} lists the ids,
 * and each {@code <id>.properties} is a known-wrong implementation ({@code kind = wrong}, the default) or a correct
 * one written another way ({@code kind = correct}).
 */
public final class MutantCatalog {

    private MutantCatalog() {
    }

    /** Every known-wrong implementation, ordered by exercise then id. */
    public static List<Mutant> all() {
        List<Mutant> out = new ArrayList<>();
        forEachDefinition((e, id, text) -> {
            if (!isCorrect(text)) {
                Mutant m = Mutant.parse(id, text);
                check(m.exercise(), e, id);
                out.add(m);
            }
        });
        out.sort(Comparator.comparing(Mutant::exercise).thenComparing(Mutant::id));
        return out;
    }

    /** Every correct variant, ordered by exercise then id. */
    public static List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        forEachDefinition((e, id, text) -> {
            if (isCorrect(text)) {
                Variant v = Variant.parse(id, text);
                check(v.exercise(), e, id);
                out.add(v);
            }
        });
        out.sort(Comparator.comparing(Variant::exercise).thenComparing(Variant::id));
        return out;
    }

    private interface DefinitionConsumer {
        void accept(Exercise folder, String id, String text);
    }

    private static void forEachDefinition(DefinitionConsumer c) {
        for (Exercise e : Exercise.values()) {
            String dir = e.name().toLowerCase(Locale.ROOT) + "/";
            for (String id : read(dir + "index.txt").lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                c.accept(e, id, read(dir + id + ".properties"));
            }
        }
    }

    private static boolean isCorrect(String text) {
        String kind = Mutant.properties(text).getProperty("kind", "wrong").strip();
        if (!kind.equals("wrong") && !kind.equals("correct")) {
            throw new IllegalArgumentException("a definition's kind must be wrong or correct, not " + kind);
        }
        return kind.equals("correct");
    }

    private static void check(Exercise declared, Exercise folder, String id) {
        if (declared != folder) {
            throw new IllegalArgumentException("definition " + id + " is of " + declared + " but lies in the folder of "
                    + folder);
        }
    }

    private static String read(String name) {
        try (InputStream in = MutantCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("mutant resource " + name + " is missing: the known implementations "
                        + "ship only with the course repository, not with a student repository or the Gradescope "
                        + "package (they hold fragments of the reference solution)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
