package dlecon.grading.mutants;

import java.util.List;

/**
 * How the graders fared against one mutant.
 *
 * @param mutant     the known-wrong implementation
 * @param pointsLost points of its exercise it lost against the reference's full marks
 * @param caughtBy   display names of the tests that did not pass
 * @param missing    expected catchers ({@link Mutant#caughtBy()}) that passed nevertheless
 */
public record MutantOutcome(Mutant mutant, double pointsLost, List<String> caughtBy, List<String> missing) {

    public MutantOutcome {
        caughtBy = List.copyOf(caughtBy);
        missing = List.copyOf(missing);
    }

    /** True when it lost points and every expected catcher failed. */
    public boolean caught() {
        return pointsLost > 0 && missing.isEmpty();
    }
}
