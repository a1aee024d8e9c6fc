package dlecon.grading.mutation;

import dlecon.grading.engine.PlannedTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The grader tests of one exercise as the mutation analysis runs them: in order of the reference's time (the fastest
 * first, so most mutants die within milliseconds), each with a CPU-time budget derived from the reference's CPU time
 * on the test's own thread, which a busy machine does not inflate the way it inflates wall time.
 *
 * @param tests       the planned tests, in the planner's order (the worker refers to them by index)
 * @param referenceMs each test's CPU time on the reference, measured in a worker
 * @param order       indices into {@code tests}, fastest first
 */
record TestBudget(List<PlannedTest> tests, long[] referenceMs, List<Integer> order) {

    /**
     * A mutant whose test uses this many times the reference's CPU time counts as killed by timeout: loose enough for
     * a cold JIT (a fresh worker's first runs are interpreted, measured at most about 4 times a warm one), tight
     * enough that an endless loop costs seconds, not the test's full budget.
     */
    static final int FACTOR = 10;
    /** The least budget of any test: class loading and interpretation of a fresh worker alone can take this long. */
    static final long MIN_MS = 1000;

    static TestBudget of(List<PlannedTest> tests, long[] referenceMs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> referenceMs[i]));
        return new TestBudget(List.copyOf(tests), referenceMs.clone(), List.copyOf(order));
    }

    /** The CPU budget of test {@code i}: FACTOR times the reference's, at least MIN_MS, at most its own timeout. */
    long millis(int i) {
        long own = tests.get(i).timeoutSeconds() * 1000L;
        return Math.min(own, Math.max(MIN_MS, FACTOR * referenceMs[i]));
    }

    /** The worker's run list: {@code index:budget}, fastest test first. */
    String orderText() {
        return String.join(",", order.stream().map(i -> i + ":" + millis(i)).toList());
    }
}
