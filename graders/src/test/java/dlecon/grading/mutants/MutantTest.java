package dlecon.grading.mutants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.Exercise;
import dlecon.grading.engine.PlannedTest;
import dlecon.grading.engine.TestPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known-implementation definitions: parsing, the exactly-once edits, the table; and that the catalogue is sound. */
class MutantTest {

    private static final String DEFINITION = """
            exercise = E4
            bug = a bug
            task = 2 momentum
            file = e4/X.java
            find = a = 1;\\n        b = 2;
            replace = a = 2;
            find.2 = c = 3;
            replace.2 = c = 4;
            caughtBy = first test | second test
            """;

    /** The fewest known-wrong implementations per exercise (issue 12: at least 8 each, 80 in all). */
    private static final int MIN_WRONG = 8;

    /** The fewest correct variants per exercise: each exercise shows its tests accept code written another way. */
    private static final int MIN_VARIANTS = 3;

    @Test
    void parsesADefinitionWithSeveralEdits() {
        Mutant m = Mutant.parse("m1", DEFINITION);
        assertThat(m.exercise()).isEqualTo(Exercise.E4);
        assertThat(m.task()).isEqualTo("2 momentum");
        assertThat(m.edits().changes()).containsExactly(new SourceEdits.Change("e4/X.java", "a = 1;\n        b = 2;",
                "a = 2;"), new SourceEdits.Change("e4/X.java", "c = 3;", "c = 4;"));
        assertThat(m.caughtBy()).containsExactly("first test", "second test");
        assertThatThrownBy(() -> Mutant.parse("m2", "exercise = E1\n")).hasMessageContaining("missing key bug");
        Variant v = Variant.parse("v1", "kind = correct\nexercise = E3\ndescription = other order\nfile = e3/Y.java\n"
                + "find = a + b\nreplace = b + a\n");
        assertThat(v.edits().file()).isEqualTo("e3/Y.java");
        assertThatThrownBy(() -> Variant.parse("v2", "exercise = E3\ndescription = d\nfile = e3/Y.java\nfind = a\n"
                + "replace = a\n")).hasMessageContaining("differs from its replace");
    }

    @Test
    void editsExactlyOneOccurrenceAndRefusesAmbiguousOrMissingText(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("e4/X.java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "class X { void f() { a = 1;\n        b = 2; c = 3; } }");
        Mutant.parse("m1", DEFINITION).applyTo(tmp);
        assertThat(Files.readString(f)).isEqualTo("class X { void f() { a = 2; c = 4; } }");
        assertThatThrownBy(() -> Mutant.parse("m1", DEFINITION).applyTo(tmp)).hasMessageContaining("nowhere");
        Files.writeString(f, "a = 1;\n        b = 2; a = 1;\n        b = 2;");
        assertThatThrownBy(() -> Mutant.parse("m1", DEFINITION).applyTo(tmp)).hasMessageContaining("more than once");
    }

    @Test
    void catalogueAppliesToTheCurrentReferenceAndNamesRealTasksAndTests(@TempDir Path tmp) throws IOException {
        List<Mutant> all = MutantCatalog.all();
        List<Variant> variants = MutantCatalog.variants();
        assertThat(all.stream().map(Mutant::id)).doesNotHaveDuplicates();
        assertThat(variants.stream().map(Variant::id)).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(all.stream().map(Mutant::id).toList());
        TestPlanner planner = new TestPlanner();
        for (Exercise e : Exercise.values()) {
            assertThat(all).as("known-wrong implementations of %s", e).filteredOn(m -> m.exercise() == e)
                    .hasSizeGreaterThanOrEqualTo(MIN_WRONG);
            assertThat(variants).as("correct variants of %s", e).filteredOn(v -> v.exercise() == e)
                    .hasSizeGreaterThanOrEqualTo(MIN_VARIANTS);
            List<PlannedTest> plan = planner.plan(e, true);
            Set<String> tasks = plan.stream().map(PlannedTest::task).filter(t -> !t.isEmpty())
                    .collect(Collectors.toSet());
            Set<String> titles = plan.stream().map(PlannedTest::title).collect(Collectors.toSet());
            for (Mutant m : all.stream().filter(m -> m.exercise() == e).toList()) {
                assertThat(titles).as("catchers of %s", m.id()).containsAll(m.caughtBy());
                assertThat(tasks).as("task of %s", m.id()).contains(m.task()); // every bug names a sheet task
            }
        }
        for (Mutant m : all) {
            copyAndApply(tmp.resolve(m.id()), m.edits(), m.id());
        }
        for (Variant v : variants) {
            copyAndApply(tmp.resolve(v.id()), v.edits(), v.id());
        }
    }

    /** Copies the edited files of the reference and applies the edits (throws when the reference changed). */
    private static void copyAndApply(Path copy, SourceEdits edits, String id) throws IOException {
        for (SourceEdits.Change c : edits.changes()) {
            Path target = copy.resolve(c.file());
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.copy(Path.of("../reference/src/main/java/dlecon/solution").resolve(c.file()), target);
            }
        }
        edits.applyTo(id, copy);
    }

    @Test
    void tableNamesBugExerciseTaskPointsSharesAndCatchers() {
        Mutant m = Mutant.parse("m1", DEFINITION);
        String table = MutantRun.table(List.of(new MutantOutcome(m, 2.5, 10, 2, 4, List.of("first test"),
                List.of("second test")), new MutantOutcome(m, 0, 10, 0, 4, List.of(), List.of())));
        assertThat(table).contains("| m1 | E4 | a bug | 2 momentum | 2.5 | 50% | 25% | first test (expected but passed: "
                + "second test) |").contains("| m1 | E4 | a bug | 2 momentum | 0 | 0% | 0% | **nothing** |");
        assertThat(new MutantOutcome(m, 1, 10, 1, 4, List.of("t"), List.of()).caught()).as("1 of 4 task points")
                .isFalse();
        assertThat(new MutantOutcome(m, 2, 10, 2, 4, List.of("t"), List.of()).caught()).as("2 of 4 task points")
                .isTrue();
    }
}
