package dlecon.tools.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a stand-in for an action sees of its step.
 *
 * @param with      the step's {@code with:} inputs, expressions substituted
 * @param env       the step's environment (workflow, job and step {@code env:}), expressions substituted
 * @param workspace the job's workspace (the checked-out repository)
 * @param artifacts the folder holding one sub-folder per uploaded artifact of the run
 * @param outputs   where the stand-in puts its outputs (modified)
 * @param reported  where the Classroom reporter stand-in records the points it reported (modified)
 */
record StepContext(Map<String, String> with, Map<String, String> env, Path workspace, Path artifacts,
                   Map<String, String> outputs, List<ClassroomPoints> reported) {

    /** An input, or {@code fallback} when absent or empty. */
    String input(String name, String fallback) {
        String v = with.get(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
