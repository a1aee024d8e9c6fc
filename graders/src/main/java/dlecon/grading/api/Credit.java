package dlecon.grading.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Partial credit: a grader test that checks many cases declares a parameter of this type and runs each case
 * through {@link #check(String, Case)}. The test then earns {@code points * passed / total}; when any case failed,
 * the test fails after its body with the first failure's feedback and the count.
 */
public final class Credit {

    /** One case of a test: may throw an assertion error or any exception from the submission. */
    @FunctionalInterface
    public interface Case {
        /** Runs the case's checks. */
        void run() throws Exception;
    }

    /** A failed case: its name and what it threw. */
    public record Failed(String name, Throwable cause) {
    }

    private final List<Failed> failures = new ArrayList<>();
    private int total;

    /**
     * Runs one case, counting it as passed when it returns normally. {@link OutOfMemoryError} is not caught (the
     * harness scores it); every other throwable, {@link StackOverflowError} included, fails this case only.
     */
    public void check(String name, Case c) {
        total++;
        try {
            c.run();
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable t) { // a case's failure, whatever it is, costs only this case
            failures.add(new Failed(name, t));
        }
    }

    /** Cases run so far. */
    public int total() {
        return total;
    }

    /** Cases that returned normally. */
    public int passed() {
        return total - failures.size();
    }

    /** The failed cases in order. */
    public List<Failed> failures() {
        return Collections.unmodifiableList(failures);
    }
}
