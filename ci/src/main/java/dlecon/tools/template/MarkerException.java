package dlecon.tools.template;

/** A source file breaks the solution-marker convention (see reference/README.md); the message names file and line. */
public class MarkerException extends RuntimeException {

    public MarkerException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
