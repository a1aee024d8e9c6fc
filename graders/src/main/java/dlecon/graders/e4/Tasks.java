package dlecon.graders.e4;

/** The tasks of the E4 sheet ({@code exercises/E4-optimizers/README.md}), as the graders' {@code task} names them. */
final class Tasks {

    private Tasks() {
    }

    static final String STEP = "1 optimizer step";
    static final String SGD = "2 SGD";
    static final String ANNEALING = "3 annealing";
    static final String MOMENTUM = "4 momentum";
    static final String NESTEROV = "5 Nesterov";
    static final String ADAGRAD = "6 AdaGrad";
    static final String RMSPROP = "7 RMSProp";
    static final String ADAM = "8 Adam";
    static final String ARGUMENTS = "9 argument checks";
}
