package dlecon.graders.e5;

/** The tasks of the E5 sheet ({@code exercises/E5-dropout/README.md}), as the graders' {@code task} names them. */
final class Tasks {

    private Tasks() {
    }

    static final String TRAINING = "1 training forward pass";
    static final String INFERENCE = "2 inference pass";
    static final String BACKWARD = "3 backward pass";
    static final String ARGUMENTS = "4 name and argument checks";
}
