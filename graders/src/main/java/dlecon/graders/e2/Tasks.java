package dlecon.graders.e2;

/** The tasks of the E2 sheet, as the grader tests name them in {@code @Graded(task = ...)}. */
final class Tasks {

    /** The constructor, {@code weights}, {@code setWeights} and {@code initialise}. */
    static final String WEIGHTS = "1 weights";
    /** {@code recall}: the bias input -1 and the strict threshold. */
    static final String RECALL = "2 recall";
    /** {@code trainStep}: W -= eta X_b^T (y - T). */
    static final String TRAINING_STEP = "3 training step";
    /** {@code train}: the record of W, and the runs on AND, OR and XOR. */
    static final String TRAINING_RUNS = "4 training runs";
    /** {@code confusionMatrix} and {@code accuracy}. */
    static final String CONFUSION = "5 confusion matrix and accuracy";
    /** The documented {@code IllegalArgumentException}s. */
    static final String ARGUMENTS = "6 argument checks";

    private Tasks() {
    }
}
