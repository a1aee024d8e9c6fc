package dlecon.grading.mutation;

import dlecon.api.Exercise;

/**
 * One automatically generated mutant: a single edit of a reference source file inside a solution region.
 *
 * @param exercise   the exercise the file belongs to
 * @param file       the file, relative to {@code dlecon/solution/} (e.g. {@code e3/Sigmoid.java})
 * @param method     the enclosing declaration, e.g. {@code Sigmoid.derivativeFromValue(double)}
 * @param line       the first line the edit touches (1-based)
 * @param operator   the mutation operator, e.g. {@code arithmetic}
 * @param begin      first character of the edited text in the file
 * @param end        one past the last character of the edited text
 * @param replacement the text put in its place
 * @param original   the touched lines of the reference, whitespace collapsed into one line
 * @param mutated    the same lines after the edit, collapsed likewise
 * @param occurrence 1 for the first mutant with this file, method, original and mutated text, 2 for the next, ...
 * @param wholeExercise true when the edit changes a compile-time constant other files may inline, so the whole
 *                      exercise must be recompiled (else the mutated file alone is)
 */
public record SourceMutant(Exercise exercise, String file, String method, int line, String operator, int begin,
                           int end, String replacement, String original, String mutated, int occurrence,
                           boolean wholeExercise) {

    /**
     * The identity that survives unrelated edits of the file (no line numbers): file, method, occurrence, original and
     * mutated text, tab-separated. The equivalent-mutant list refers to mutants by it.
     */
    public String key() {
        return String.join("\t", file, method, Integer.toString(occurrence), original, mutated);
    }

    /** The mutated file: {@code source} with the edit applied. */
    public String apply(String source) {
        return source.substring(0, begin) + replacement + source.substring(end);
    }

    /** {@code file:line}, the place a report names. */
    public String place() {
        return file + ":" + line;
    }

    /** The one-line diff of a report: {@code - original / + mutated}. */
    public String diff() {
        return "- " + original + "\n+ " + mutated;
    }

    /** A copy with another occurrence number. */
    SourceMutant withOccurrence(int n) {
        return new SourceMutant(exercise, file, method, line, operator, begin, end, replacement, original, mutated, n,
                wholeExercise);
    }
}
