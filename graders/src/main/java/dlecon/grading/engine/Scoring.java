package dlecon.grading.engine;

import dlecon.grading.model.Failure;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.runner.ChannelRecord;
import java.util.Locale;

/**
 * The scoring rules: only a passed test earns its points; a failed test that recorded cases earns
 * {@code points * passed / total}; errored, aborted, skipped, timed-out, crashed and unrun tests earn 0 with the
 * reason.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The result of a test from its "finished" channel record. */
    public static TestResult scored(PlannedTest t, ChannelRecord r) {
        TestStatus status = TestStatus.valueOf(r.status().toUpperCase(Locale.ROOT));
        double points = switch (status) {
            case PASSED -> t.points();
            case FAILED -> r.total() > 0 ? t.points() * Math.max(0, Math.min(r.passed(), r.total())) / r.total() : 0;
            default -> 0;
        };
        Failure failure = status == TestStatus.PASSED ? null : new Failure(
                r.message() == null || r.message().isBlank() ? status.label() : r.message(),
                r.expected(), r.actual(), r.tolerance());
        return result(t, status, points, r.passed(), r.total(), failure, r.output(), r.millis());
    }

    /** A test that did not report, scored 0 with {@code status} and {@code reason}. */
    public static TestResult unreported(PlannedTest t, TestStatus status, String reason) {
        return result(t, status, 0, 0, 0, Failure.of(reason), "", 0);
    }

    private static TestResult result(PlannedTest t, TestStatus status, double points, int passed, int total,
                                     Failure failure, String output, long millis) {
        return new TestResult(t.exercise(), t.id(), t.title(), t.visibility(), t.category(), t.hint(), t.points(),
                points, status, passed, total, failure, output, millis);
    }
}
