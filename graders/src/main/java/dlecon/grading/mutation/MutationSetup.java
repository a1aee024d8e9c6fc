package dlecon.grading.mutation;

import dlecon.api.Exercise;
import dlecon.grading.engine.PlannedTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every worker of one analysis shares.
 *
 * @param work         scratch folder of the analysis
 * @param salt         harness salt of the grader tests' seeds
 * @param heapMb       heap of each worker JVM
 * @param classPath    the workers' class path (the harness's: graders, API, libraries)
 * @param apiClassPath what a mutant compiles against (the API and EJML)
 * @param sources      the reference sources of the analysed exercises, by path below {@code dlecon/solution/}
 * @param baseClasses  the reference's compiled classes of every exercise the tests need
 * @param plans        the grader tests of each analysed exercise
 * @param uses         the other exercises each analysed exercise's suites take entries of (E6 and E7 use E3, E4)
 */
record MutationSetup(Path work, long salt, int heapMb, List<String> classPath, List<Path> apiClassPath,
                     Map<String, String> sources, Map<Exercise, Path> baseClasses,
                     Map<Exercise, List<PlannedTest>> plans, Map<Exercise, List<Exercise>> uses) {
}
