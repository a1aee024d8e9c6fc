package dlecon.api;

/** An implementation class is missing, does not implement its API, or cannot be constructed. */
public class SolutionLoadException extends RuntimeException {

    public SolutionLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
