package dlecon.solution.e3;

import dlecon.api.e3.EarlyStopping;
import java.util.Objects;

/**
 * Marsland's early-stopping rule (ch. 4): keep training in blocks while (e1 - e_new) &gt; tolerance or
 * (e2 - e1) &gt; tolerance, where e_new is the validation error after the last block and e1, e2 the two before it
 * (initially e2 = 100002, e1 = 100001, e_new = 100000), and at most {@code maxBlocks} blocks. A NaN validation
 * error makes both comparisons false, so it ends training (and stays visible in the history).
 */
final class EarlyStoppingRule {

    private final EarlyStopping config;


    /** @param config block length, tolerance and block limit */
    EarlyStoppingRule(EarlyStopping config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** True while another block should run: the rule says go on and fewer than maxBlocks blocks ran. */
    boolean shouldContinue() {
        throw new UnsupportedOperationException("TODO E3 Marsland's stopping test");
    }

    /** Records the validation error after a block: e2 &lt;- e1, e1 &lt;- e_new, e_new &lt;- error. */
    void record(double validationError) {
        throw new UnsupportedOperationException("TODO E3 shift the validation errors after a block");
    }

    /** True if the rule itself (not the block limit) ended training. */
    boolean stoppedByRule() {
        throw new UnsupportedOperationException("TODO E3 did the rule (not the block limit) end training");
    }

}
