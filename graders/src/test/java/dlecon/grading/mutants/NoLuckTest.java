package dlecon.grading.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.api.GradingExtension;
import dlecon.grading.compile.CompileResult;
import dlecon.grading.compile.SourceCompiler;
import dlecon.grading.engine.FileTrees;
import dlecon.grading.engine.PlannedTest;
import dlecon.grading.engine.Submission;
import dlecon.grading.engine.TestPlanner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * No luck in grading: under 20 different harness salts the reference passes every grader test every time, and every
 * known-wrong implementation fails at least one of the tests named as its catchers every time (so it loses points
 * whatever the salt). Runs the suites in-process (fast); the mutants' classes are compiled and loaded child-first,
 * as in a test JVM, so the reference on this class path cannot stand in for them.
 */
class NoLuckTest {

    /** 20 salts: the count; fixed so the test itself is reproducible. */
    static final long[] SALTS = java.util.stream.LongStream.range(0, 20).map(i -> 1_000_003L * i - 7).toArray();
    private static final Path SOLUTIONS = Path.of("../reference/src/main/java/dlecon/solution");
    private static final Launcher LAUNCHER = LauncherFactory.create();
    private static final TestPlanner PLANNER = new TestPlanner();

    /** Runs the given tests with the salt; classes null means the reference on the class path. */
    static Map<String, Boolean> run(List<String> ids, long salt, String classes) {
        LauncherDiscoveryRequestBuilder b = LauncherDiscoveryRequestBuilder.request()
                .selectors(ids.stream().map(DiscoverySelectors::selectUniqueId).toList())
                .configurationParameter(GradingExtension.SALT, Long.toString(salt));
        if (classes != null) {
            b.configurationParameter(GradingExtension.CLASSES, classes);
        }
        Map<String, Boolean> passed = new ConcurrentHashMap<>();
        LAUNCHER.execute(b.build(), new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier t, TestExecutionResult r) {
                if (t.isTest()) {
                    passed.put(t.getUniqueId(), r.getStatus() == TestExecutionResult.Status.SUCCESSFUL);
                }
            }
        });
        return passed;
    }

    @Test
    void referencePassesEveryTestUnderTwentySalts() {
        List<String> ids = new ArrayList<>();
        for (Exercise e : Exercise.values()) {
            PLANNER.plan(e, true).forEach(t -> ids.add(t.id()));
        }
        for (long salt : SALTS) {
            Map<String, Boolean> passed = run(ids, salt, null);
            assertThat(passed).as("salt %d", salt).hasSize(ids.size());
            assertThat(passed.entrySet()).as("salt %d: failed tests", salt)
                    .filteredOn(en -> !en.getValue()).isEmpty();
        }
    }

    static Stream<Mutant> mutants() {
        return MutantCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void everyMutantLosesPointsUnderTwentySalts(Mutant m, @TempDir Path tmp) throws IOException {
        String classes = compileWith(m, tmp);
        List<String> catchers = PLANNER.plan(m.exercise(), true).stream()
                .filter(t -> m.caughtBy().contains(t.title())).map(PlannedTest::id).toList();
        assertThat(catchers).as("catchers of %s", m.id()).hasSize(m.caughtBy().size());
        for (long salt : SALTS) {
            boolean caught = false;
            for (String id : catchers) { // one at a time: the first failing catcher settles this salt
                if (!run(List.of(id), salt, classes).getOrDefault(id, true)) {
                    caught = true;
                    break;
                }
            }
            assertThat(caught).as("%s under salt %d: some catcher fails", m.id(), salt).isTrue();
        }
    }

    /**
     * Compiles the mutant's exercise (and those its suites use) of the reference with the mutant's edit; returns the
     * class folders, path-separated.
     */
    private static String compileWith(Mutant m, Path tmp) throws IOException {
        Path src = tmp.resolve("src/dlecon/solution");
        FileTrees.copy(SOLUTIONS, src);
        m.applyTo(src);
        Submission s = Submission.read(m.id(), tmp.resolve("src"));
        List<String> dirs = new ArrayList<>();
        SourceCompiler javac = SourceCompiler.forApi();
        java.util.Set<Exercise> needed = java.util.EnumSet.of(m.exercise());
        PLANNER.plan(m.exercise(), true).forEach(t -> needed.addAll(t.uses()));
        for (Exercise e : needed) {
            Path out = tmp.resolve("classes-" + e);
            CompileResult r = javac.compile(s.root(), s.sources().get(e), out);
            assertThat(r.diagnostics()).as("%s compiles", m.id()).isEmpty();
            dirs.add(out.toString());
        }
        return String.join(File.pathSeparator, dirs);
    }
}
