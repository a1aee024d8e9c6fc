package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.e3.EarlyStopping;
import org.junit.jupiter.api.Test;

/** Marsland's rule on given sequences of validation errors. */
class EarlyStoppingRuleTest {

    /** Feeds errors until the rule stops; returns the number of blocks run. */
    private static int blocks(EarlyStoppingRule rule, double... errors) {
        int n = 0;
        while (rule.shouldContinue()) {
            rule.record(errors[Math.min(n, errors.length - 1)]);
            n++;
        }
        return n;
    }

    @Test
    void aFlatErrorStopsAfterThreeBlocks() {
        // After blocks 1 and 2 the start values 100000 and 100001 still look like improvements; block 3 sees
        // e2 = e1 = e_new and stops.
        EarlyStoppingRule rule = new EarlyStoppingRule(new EarlyStopping(10, 0.001, 100));
        assertThat(blocks(rule, 0.5)).isEqualTo(3);
        assertThat(rule.stoppedByRule()).isTrue();
    }

    @Test
    void oneLastImprovementKeepsItGoingOneMoreBlock() {
        EarlyStoppingRule rule = new EarlyStoppingRule(new EarlyStopping(10, 0.001, 100));
        // (e2, e1, e_new) after block 3 = (1, .5, .5): e2 - e1 > tol goes on; block 4 gives (.5, .5, .5): stop.
        assertThat(blocks(rule, 1, 0.5, 0.5, 0.5)).isEqualTo(4);
    }

    @Test
    void improvementsBelowTheToleranceStop() {
        EarlyStoppingRule rule = new EarlyStoppingRule(new EarlyStopping(10, 0.1, 100));
        assertThat(blocks(rule, 1, 0.95, 0.91, 0.5)).isEqualTo(3);
    }

    @Test
    void steadyImprovementRunsUntilTheBlockLimit() {
        EarlyStoppingRule rule = new EarlyStoppingRule(new EarlyStopping(10, 0.001, 7));
        double[] errors = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertThat(blocks(rule, errors)).isEqualTo(7);
        assertThat(rule.stoppedByRule()).isFalse();
    }

    @Test
    void aNanErrorStops() {
        // Comparisons with NaN are false: (3, 2, NaN) still goes on because e2 - e1 = 1, (2, NaN, NaN) stops.
        EarlyStoppingRule rule = new EarlyStoppingRule(new EarlyStopping(10, 0.001, 100));
        assertThat(blocks(rule, 3, 2, Double.NaN)).isEqualTo(4);
        assertThat(rule.stoppedByRule()).isTrue();
    }
}
