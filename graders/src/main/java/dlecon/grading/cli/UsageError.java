package dlecon.grading.cli;

/** A mistake in the command line or its inputs: reported in one line, exit code 2, no stack trace. */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
