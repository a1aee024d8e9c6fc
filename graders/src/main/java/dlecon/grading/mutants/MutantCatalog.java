package dlecon.grading.mutants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The known-wrong implementations shipped with the graders, listed in {@code mutants/index.txt}. */
public final class MutantCatalog {

    private MutantCatalog() {
    }

    /** Every mutant, ordered by exercise then id. */
    public static List<Mutant> all() {
        List<Mutant> out = new ArrayList<>();
        for (String id : read("index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            out.add(Mutant.parse(id, read(id + ".properties")));
        }
        out.sort(Comparator.comparing(Mutant::exercise).thenComparing(Mutant::id));
        return out;
    }

    private static String read(String name) {
        try (InputStream in = MutantCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("mutant resource " + name + " is missing: the known-wrong"
                        + " implementations ship only with the course repository, not with a student repository or"
                        + " the Gradescope package (they hold fragments of the reference solution)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
