package dlecon.grading.mutants;

import dlecon.api.Exercise;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A correct implementation written another way than the reference (a log-sum-exp softmax, another valid shuffle, a
 * rearranged residual, ...): it must keep full marks under every salt, so no tolerance or test is tighter than the
 * contract. Defined like a {@link Mutant}, with {@code kind = correct}, {@code exercise}, {@code description} and the
 * edits of {@link SourceEdits}.
 *
 * @param id          the file name without extension
 * @param exercise    the exercise it implements differently
 * @param description what it does differently and why that is still correct
 * @param edits       the edits of the reference
 */
public record Variant(String id, Exercise exercise, String description, SourceEdits edits) {

    /** Parses a definition. */
    public static Variant parse(String id, String text) {
        Properties p = Mutant.properties(text);
        return new Variant(id, Exercise.valueOf(Mutant.required(p, id, "exercise")),
                Mutant.required(p, id, "description"), SourceEdits.parse(id, p));
    }

    /** Applies the variant to a copy of the reference ({@code solutions} is a {@code dlecon/solution} folder). */
    public void applyTo(Path solutions) {
        edits.applyTo(id, solutions);
    }
}
