package dlecon.grading.compile;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of compiling one exercise.
 *
 * @param ok          true when javac reported no error
 * @param classes     the folder holding the class files (meaningful when ok)
 * @param diagnostics the errors, one line each: "file:line: message"
 * @param millis      wall time of the compilation
 */
public record CompileResult(boolean ok, Path classes, List<String> diagnostics, long millis) {
    public CompileResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
