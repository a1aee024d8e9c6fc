package dlecon.grading.mutation;

import dlecon.grading.engine.PlannedTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The grader tests of one exercise as the mutation analysis runs them: in order of the reference's time (the fastest
 * first, so most mutants die within milliseconds), each with a time budget derived from that time.
 *
 * @param tests        the planned tests, in the planner's order (the worker refers to them by index)
 * @param referenceMs  each test's time on the reference, measured in a worker
 * @param order        indices into {@code tests}, fastest first
 */
record TestBudget(List<PlannedTest> tests, long[] referenceMs, List<Integer> order) {

    /**
     * A mutant whose test runs this many times longer than the reference's counts as killed by timeout; loose
     * enough for a cold JIT and a loaded machine (measured: a cold worker's first run is at most about 4 times a
     * warm one), tight enough that an endless loop costs seconds, not the test's full budget.
     */
    static final int FACTOR = 10;
    /** The least budget of any test: JVM pauses and class loading alone can take a second on a busy machine. */
    static final long MIN_MS = 2000;

    static TestBudget of(List<PlannedTest> tests, long[] referenceMs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> referenceMs[i]));
        return new TestBudget(List.copyOf(tests), referenceMs.clone(), List.copyOf(order));
    }

    /** The budget of test {@code i}: FACTOR times the reference's time, at least MIN_MS, at most its own timeout. */
    long millis(int i) {
        long own = tests.get(i).timeoutSeconds() * 1000L;
        return Math.min(own, Math.max(MIN_MS, FACTOR * referenceMs[i]));
    }

    /** The order as the worker's comma-separated index list. */
    String orderText() {
        return String.join(",", order.stream().map(String::valueOf).toList());
    }
}
