package dlecon.grading.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator: which code it mutates, what each operator writes, and that every edit keeps the meaning intended. */
class MutantGeneratorTest {

    private static final String SOURCE = """
            package dlecon.solution.e9;

            final class Sample {
                static final double FLOOR = 1e-15;

                double outside(double a) {
                    return a + 1;
                }

                double inside(double a, double b, double[][] m, int i, int j) {
                    // BEGIN SOLUTION: E9 the sample
                    if (a < b) {
                        throw new IllegalArgumentException("a < b: " + (a - b));
                    }
                    double c = a - b - 2;
                    c += Math.max(a, m[i][j]);
                    return -c * 0.5;
                    // END SOLUTION
                }
            }
            """;

    private static List<SourceMutant> mutants() {
        return new MutantGenerator().mutate(Exercise.E1, "e9/Sample.java", SOURCE);
    }

    private static Set<String> mutatedLines() {
        return mutants().stream().map(SourceMutant::mutated).collect(Collectors.toSet());
    }

    @Test
    void mutatesOnlyInsideRegionsAndNeverMessagesOrThrowStatements() {
        assertThat(mutants()).allSatisfy(m -> assertThat(m.line()).isBetween(12, 17))
                .noneMatch(m -> m.original().contains("throw") || m.mutated().contains("throw"));
    }

    @Test
    void appliesEveryOperatorFamily() {
        assertThat(mutatedLines()).contains(
                "double c = a + b - 2;", // arithmetic, inner node
                "double c = (a - b) * 2;", // arithmetic of the outer node keeps (a - b) together
                "double c = 2 - (a - b);", // swapped operands
                "double c = a - 2;", // operand deleted
                "double c = a - b - 3;", // constant + 1
                "double c = a - b - 4;", // constant x 2
                "if (a <= b) {", "if (a >= b) {", "if (a > b) {", // boundary, negation, direction
                "if (true) {", "if (false) {", // condition forced
                "c -= Math.max(a, m[i][j]);", "c = Math.max(a, m[i][j]);", // compound assignment
                "c += Math.min(a, m[i][j]);", // min/max swapped
                "c += Math.max(a, m[j][i]);", // swapped indices
                "c += Math.max(a, m[i + 1][j]);", "c += Math.max(a, m[i][j - 1]);", // index +- 1
                ";", // statement removed
                "return c * 0.5;", // sign removed
                "return -c * 1.5;", "return -c * 0.0;", // constants of a double
                "return 0;", "return a;", "return -(-c * 0.5);"); // return value
    }

    @Test
    void skipsSwapsThatCannotChangeAnything() {
        String symmetric = SOURCE.replace("c += Math.max(a, m[i][j]);", "c += Math.max(a, m[i][j]) + Math.abs(a - b);");
        assertThat(new MutantGenerator().mutate(Exercise.E1, "e9/Sample.java", symmetric)).extracting(SourceMutant::mutated)
                .doesNotContain("c += Math.max(m[i][j], a) + Math.abs(a - b);", "c += Math.max(a, m[i][j]) + Math.abs(b - a);")
                .contains("c += Math.max(a, m[i][j]) + Math.abs(a + b);");
    }

    @Test
    void keysIdentifyMutantsWithoutLineNumbers() {
        List<SourceMutant> all = mutants();
        assertThat(all.stream().map(SourceMutant::key)).doesNotHaveDuplicates();
        SourceMutant m = all.stream().filter(x -> x.mutated().equals("if (a <= b) {")).findFirst().orElseThrow();
        assertThat(m.key()).isEqualTo("e9/Sample.java\tSample.inside(double, double, double[][], int, int)\t1\t"
                + "if (a < b) {\tif (a <= b) {");
        String shifted = SOURCE.replace("final class Sample {", "final class Sample {\n\n    // a comment\n");
        assertThat(new MutantGenerator().mutate(Exercise.E1, "e9/Sample.java", shifted).stream().map(SourceMutant::key))
                .containsExactlyInAnyOrderElementsOf(all.stream().map(SourceMutant::key).toList());
        assertThat(m.apply(SOURCE)).contains("        if (a <= b) {\n").hasSize(SOURCE.length() + 1);
    }

    @Test
    void regionsAreTheLinesBetweenTheMarkers() {
        SolutionRegions r = SolutionRegions.of(SOURCE);
        assertThat(r.contains(12, 17)).isTrue();
        assertThat(r.contains(11, 12)).as("the marker line itself").isFalse();
        assertThat(r.contains(7, 7)).isFalse();
        assertThat(SolutionRegions.of("class A {}").isEmpty()).isTrue();
    }

    @Test
    void editsOfAPublicConstantRecompileTheWholeExercise() {
        String withConstant = SOURCE.replace("    static final double FLOOR = 1e-15;",
                "    // BEGIN REMOVE\n    static final double FLOOR = 1e-15;\n    // END REMOVE");
        List<SourceMutant> all = new MutantGenerator().mutate(Exercise.E1, "e9/Sample.java", withConstant);
        assertThat(all).filteredOn(m -> m.method().equals("Sample.<field FLOOR>")).isNotEmpty()
                .allMatch(SourceMutant::wholeExercise);
        assertThat(all).filteredOn(m -> m.method().startsWith("Sample.inside")).noneMatch(SourceMutant::wholeExercise);
    }
}
