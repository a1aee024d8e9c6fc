package dlecon.api.e3;

/**
 * Marsland's early-stopping rule (ch. 4, {@code earlystopping}): train in blocks of {@code epochsPerCheck}
 * epochs and, after each block, compute the validation error e_new; keep going while
 * (e1 - e_new) &gt; tolerance or (e2 - e1) &gt; tolerance, where e1 and e2 are the two previous validation errors
 * (initially e2 = 100002, e1 = 100001, e_new = 100000; the book names them old_val_error1 = 100002 and
 * old_val_error2 = 100001, which gives the same minimum of three blocks for validation errors below 99999 and a
 * tolerance below 1), and stop after at most {@code maxBlocks} blocks. A tolerance of 1 or more stops before the first
 * block (1 = e1 - e_new = e2 - e1 is not above it); a NaN validation error makes every comparison with it false,
 * so training ends at most one block later. How {@link Trainer#train} runs it is described there.
 *
 * @param epochsPerCheck epochs per block (Marsland: 100 iterations)
 * @param tolerance      minimum improvement (Marsland: 0.001)
 * @param maxBlocks      safety bound on the number of blocks
 */
public record EarlyStopping(int epochsPerCheck, double tolerance, int maxBlocks) {

    public EarlyStopping {
        if (epochsPerCheck < 1 || maxBlocks < 1 || !(tolerance >= 0)) {
            throw new IllegalArgumentException("invalid early stopping " + epochsPerCheck + ", " + tolerance
                    + ", " + maxBlocks);
        }
    }

    /** Marsland's values: blocks of 100 epochs, tolerance 0.001, at most 1000 blocks. */
    public static EarlyStopping marsland() {
        return new EarlyStopping(100, 0.001, 1000);
    }
}
