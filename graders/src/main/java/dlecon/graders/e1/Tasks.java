package dlecon.graders.e1;

/** The tasks of the E1 sheet, as the grader tests name them in {@code @Graded(task = ...)}. */
final class Tasks {

    /** {@code descend}: x_{k+1} = x_k - eta f'(x_k), every iterate, the stopping rule. */
    static final String FIXED_STEP = "1 fixed-step descent";
    /** {@code descendDecaying}: the cumulative schedule eta_{k+1} = eta_k / (1 + k d). */
    static final String DECAYING_STEP = "2 decaying-step descent";
    /** {@code batchRegression}: the mean gradient over all points and the stopping rule on its norm. */
    static final String BATCH = "3 batch regression";
    /** {@code stochasticRegression}: one update per point, epochs * m updates. */
    static final String STOCHASTIC = "4 stochastic regression";
    /** {@code miniBatchRegression}: consecutive batches, the last one smaller, the mean over each batch. */
    static final String MINI_BATCH = "5 mini-batch regression";
    /** The visiting order of stochastic and mini-batch descent: a fresh uniform permutation per epoch. */
    static final String VISITING_ORDER = "6 visiting order";
    /** The documented {@code IllegalArgumentException}s. */
    static final String ARGUMENTS = "7 argument checks";

    private Tasks() {
    }
}
