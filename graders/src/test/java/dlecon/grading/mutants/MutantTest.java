package dlecon.grading.mutants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.Exercise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutant definitions: parsing, the exactly-once edit, the table; and that the catalogue is sound. */
class MutantTest {

    private static final String DEFINITION = """
            exercise = E4
            bug = a bug
            file = e4/X.java
            find = a = 1;\\n        b = 2;
            replace = a = 2;
            caughtBy = first test | second test
            """;

    @Test
    void parsesADefinition() {
        Mutant m = Mutant.parse("m1", DEFINITION);
        assertThat(m.exercise()).isEqualTo(Exercise.E4);
        assertThat(m.find()).isEqualTo("a = 1;\n        b = 2;");
        assertThat(m.caughtBy()).containsExactly("first test", "second test");
        assertThatThrownBy(() -> Mutant.parse("m2", "exercise = E1\n")).hasMessageContaining("missing key bug");
    }

    @Test
    void editsExactlyOneOccurrenceAndRefusesAmbiguousOrMissingText(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("e4/X.java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "class X { void f() { a = 1;\n        b = 2; } }");
        Mutant.parse("m1", DEFINITION).applyTo(tmp);
        assertThat(Files.readString(f)).isEqualTo("class X { void f() { a = 2; } }");
        assertThatThrownBy(() -> Mutant.parse("m1", DEFINITION).applyTo(tmp)).hasMessageContaining("nowhere");
        Files.writeString(f, "a = 1;\n        b = 2; a = 1;\n        b = 2;");
        assertThatThrownBy(() -> Mutant.parse("m1", DEFINITION).applyTo(tmp)).hasMessageContaining("more than once");
    }

    @Test
    void catalogueAppliesToTheCurrentReferenceAndHasThreePerExercise(@TempDir Path tmp) throws IOException {
        List<Mutant> all = MutantCatalog.all();
        assertThat(all).extracting(Mutant::id).doesNotHaveDuplicates();
        for (Exercise e : Exercise.values()) {
            assertThat(all).as("known-wrong implementations of %s", e).filteredOn(m -> m.exercise() == e)
                    .hasSizeGreaterThanOrEqualTo(3);
        }
        for (Mutant m : all) {
            Path copy = tmp.resolve(m.id());
            Path target = copy.resolve(m.file());
            Files.createDirectories(target.getParent());
            Files.copy(Path.of("../reference/src/main/java/dlecon/solution").resolve(m.file()), target);
            m.applyTo(copy); // throws when the reference no longer holds the text exactly once
        }
    }

    @Test
    void tableNamesBugExercisePointsAndCatchers() {
        Mutant m = Mutant.parse("m1", DEFINITION);
        String table = MutantRun.table(List.of(new MutantOutcome(m, 2.5, List.of("first test"), List.of("second test")),
                new MutantOutcome(m, 0, List.of(), List.of())));
        assertThat(table).contains("| m1 | E4 | a bug | 2.5 | first test (expected but passed: second test) |")
                .contains("| m1 | E4 | a bug | 0 | **nothing** |");
    }
}
