package dlecon.grading.api;

import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Runs a QuickTheories property with a fixed seed and shrinking, and reports the smallest failing case it found as a
 * {@link GradingFailure} (the check's expected, actual and tolerance, prefixed by the case), so the report keeps its
 * structure instead of QuickTheories' text.
 */
public final class Property {

    private Property() {
    }

    /**
     * Checks {@code check} on {@code examples} cases of {@code gen} drawn from {@code seed}.
     *
     * @throws GradingFailure for the smallest failing case
     */
    public static <T> void forAll(long seed, int examples, Gen<T> gen, Consumer<T> check) {
        Object[] lastCase = new Object[1];
        Throwable[] lastFailure = new Throwable[1];
        try {
            QuickTheory.qt().withFixedSeed(seed).withExamples(examples).forAll(gen).checkAssert(c -> {
                try {
                    check.accept(c);
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable t) { // any failure of the submission falsifies the property for this case
                    lastCase[0] = c;
                    lastFailure[0] = t;
                    throw new AssertionError("falsified");
                }
            });
        } catch (AssertionError e) {
            if (lastFailure[0] == null) {
                throw e;
            }
            String prefix = "smallest failing case " + Values.text(lastCase[0]) + ": ";
            if (lastFailure[0] instanceof GradingFailure g) {
                throw new GradingFailure(prefix + g.what(), g.expectedText(), g.actualText(), g.tolerance());
            }
            throw new GradingFailure(prefix + SafeText.describe(lastFailure[0]), "", "", "");
        }
    }
}
