package dlecon.graders.e3;

/** The tasks of the E3 sheet, as the grader tests name them in {@code @Graded(task = ...)}. */
final class Tasks {

    static final String ACTIVATIONS = "1 activations";
    static final String LOSSES = "2 losses";
    static final String INITIALISERS = "3 initialisers";
    static final String DENSE = "4 dense layer";
    static final String LAYERS = "5 activation and output layers";
    static final String NETWORK = "6 network and backpropagation";
    static final String CLASSIFICATION = "7 classification";
    static final String TRAINING = "8 training loop";
    static final String EARLY_STOPPING = "9 early stopping";
    static final String MARSLAND = "10 Marsland's network";
    static final String ARGUMENTS = "11 argument checks";

    private Tasks() {
    }
}
