package dlecon.grading.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.grading.engine.GradingOptions;
import dlecon.grading.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every known-wrong implementation loses points, and every test named as its catcher fails on it. */
class KnownWrongImplementationsTest {

    private static final Path SOLUTIONS = Path.of("../reference/src/main/java/dlecon/solution");

    static Stream<Mutant> mutants() {
        return MutantCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void losesPointsAndIsCaughtByTheNamedTests(Mutant m) {
        MutantOutcome o = new MutantRun(GradingOptions.defaults().withSandbox(Sandbox.Mode.PROCESS)).grade(m, SOLUTIONS);
        assertThat(o.pointsLost()).as("%s: points lost", m.id()).isPositive();
        assertThat(o.missing()).as("%s: expected catchers that passed", m.id()).isEmpty();
        assertThat(o.caughtBy()).as("%s: caught by", m.id()).isNotEmpty();
        assertThat(MutantRun.table(List.of(o))).contains("| " + m.id() + " | " + m.exercise() + " |");
    }
}
