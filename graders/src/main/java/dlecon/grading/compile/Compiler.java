package dlecon.grading.compile;

import java.nio.file.Path;
import java.util.List;

/**
 * Compiles the sources of one exercise: in this JVM ({@link SourceCompiler}, for trusted code) or in a limited child
 * JVM under a watchdog ({@link CompilerProcess}, for submissions).
 */
public interface Compiler {

    /**
     * Compiles {@code sources} into {@code out} (created if absent). A source that javac rejects, or that a
     * compiler's limits stop, gives a failed result whose first diagnostic says why; exceptions mean a harness fault.
     *
     * @param root the source root; diagnostics name files relative to it
     */
    CompileResult compile(Path root, List<Path> sources, Path out);
}
