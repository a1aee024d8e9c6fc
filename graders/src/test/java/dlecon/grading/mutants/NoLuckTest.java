package dlecon.grading.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.api.GradingExtension;
import dlecon.grading.api.SafeText;
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
import java.util.Comparator;
import java.util.HashMap;
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
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * No luck in grading: under 20 different harness salts the reference passes every grader test every time, every
 * correct variant (a correct implementation written another way) passes every test of its exercise every time, and
 * every known-wrong implementation fails at least one of the tests named as its catchers every time and loses at
 * least half of its sheet task's points every time. Runs the suites in-process (fast); the implementations' classes
 * are compiled and loaded child-first, as in a test JVM, so the reference on this class path cannot stand in for them.
 */
class NoLuckTest {

    /** 20 salts: the count; fixed so the test itself is reproducible. */
    static final long[] SALTS = java.util.stream.LongStream.range(0, 20).map(i -> 1_000_003L * i - 7).toArray();
    private static final Path SOLUTIONS = Path.of("../reference/src/main/java/dlecon/solution");
    private static final Launcher LAUNCHER = LauncherFactory.create();
    private static final TestPlanner PLANNER = new TestPlanner();

    /** A test's points earned, scored as the harness scores a run (partial credit only for failed assertions). */
    static Map<String, Double> earned(List<PlannedTest> tests, long salt, String classes) {
        LauncherDiscoveryRequestBuilder b = LauncherDiscoveryRequestBuilder.request()
                .selectors(tests.stream().map(t -> DiscoverySelectors.selectUniqueId(t.id())).toList())
                .configurationParameter(GradingExtension.SALT, Long.toString(salt));
        if (classes != null) {
            b.configurationParameter(GradingExtension.CLASSES, classes);
        }
        Map<String, Double> points = new HashMap<>();
        tests.forEach(t -> points.put(t.id(), t.points()));
        Map<String, Double> earned = new ConcurrentHashMap<>();
        Map<String, double[]> credit = new ConcurrentHashMap<>();
        LAUNCHER.execute(b.build(), new TestExecutionListener() {
            @Override
            public void reportingEntryPublished(TestIdentifier t, ReportEntry entry) {
                String v = entry.getKeyValuePairs().get(GradingExtension.CREDIT_ENTRY);
                if (v != null) {
                    String[] parts = v.split("/");
                    credit.put(t.getUniqueId(), new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
                }
            }

            @Override
            public void executionFinished(TestIdentifier t, TestExecutionResult r) {
                if (!t.isTest()) {
                    return;
                }
                double max = points.get(t.getUniqueId());
                double got = 0;
                if (r.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                    got = max;
                } else if (r.getThrowable().filter(th -> th instanceof AssertionError && SafeText.trusted(th.getClass()))
                        .isPresent() && credit.containsKey(t.getUniqueId())) {
                    double[] c = credit.get(t.getUniqueId());
                    got = max * c[0] / c[1];
                }
                earned.put(t.getUniqueId(), got);
            }
        });
        return earned;
    }

    @Test
    void referencePassesEveryTestUnderTwentySalts() {
        List<PlannedTest> all = new ArrayList<>();
        for (Exercise e : Exercise.values()) {
            all.addAll(PLANNER.plan(e, true));
        }
        for (long salt : SALTS) {
            Map<String, Double> earned = earned(all, salt, null);
            assertThat(earned).as("salt %d", salt).hasSize(all.size());
            assertThat(all).as("salt %d: tests without full points", salt)
                    .filteredOn(t -> earned.get(t.id()) < t.points()).isEmpty();
        }
    }

    static Stream<Mutant> mutants() {
        return MutantCatalog.all().stream();
    }

    static Stream<Variant> variants() {
        return MutantCatalog.variants().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void everyMutantIsCaughtAndLosesHalfItsTaskUnderTwentySalts(Mutant m, @TempDir Path tmp) throws IOException {
        String classes = compileWith(m.id(), m.exercise(), m.edits(), tmp);
        List<PlannedTest> plan = PLANNER.plan(m.exercise(), true);
        List<PlannedTest> catchers = plan.stream().filter(t -> m.caughtBy().contains(t.title())).toList();
        assertThat(catchers).as("catchers of %s", m.id()).hasSize(m.caughtBy().size());
        List<PlannedTest> task = plan.stream().filter(t -> !m.task().isEmpty() && t.task().equals(m.task()))
                .sorted(Comparator.comparingDouble(PlannedTest::points).reversed()).toList();
        double taskPoints = task.stream().mapToDouble(PlannedTest::points).sum();
        for (long salt : SALTS) {
            Map<String, Double> seen = new HashMap<>();
            boolean caught = false;
            for (PlannedTest t : catchers) { // one at a time: the first failing catcher settles this salt
                if (lost(t, salt, classes, seen) > 0) {
                    caught = true;
                    break;
                }
            }
            assertThat(caught).as("%s under salt %d: some catcher fails", m.id(), salt).isTrue();
            double lost = 0;
            for (PlannedTest t : task) { // the biggest tests first, until half the task is lost
                lost += lost(t, salt, classes, seen);
                if (lost >= MutantOutcome.MIN_TASK_SHARE * taskPoints) {
                    break;
                }
            }
            assertThat(lost).as("%s under salt %d: points lost in task '%s' of %s points", m.id(), salt, m.task(),
                    taskPoints).isGreaterThanOrEqualTo(MutantOutcome.MIN_TASK_SHARE * taskPoints);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyCorrectVariantKeepsFullMarksUnderTwentySalts(Variant v, @TempDir Path tmp) throws IOException {
        String classes = compileWith(v.id(), v.exercise(), v.edits(), tmp);
        List<PlannedTest> plan = PLANNER.plan(v.exercise(), true);
        for (long salt : SALTS) {
            Map<String, Double> earned = earned(plan, salt, classes);
            assertThat(plan).as("%s under salt %d: tests without full points", v.id(), salt)
                    .filteredOn(t -> earned.getOrDefault(t.id(), 0.0) < t.points()).extracting(PlannedTest::title)
                    .isEmpty();
        }
    }

    /** Points test {@code t} loses under {@code salt}, run at most once per salt. */
    private static double lost(PlannedTest t, long salt, String classes, Map<String, Double> seen) {
        return seen.computeIfAbsent(t.id(), id -> t.points() - earned(List.of(t), salt, classes).getOrDefault(id, 0.0));
    }

    /**
     * Compiles the exercise (and those its suites use) of the reference with the edits; returns the class folders,
     * path-separated.
     */
    private static String compileWith(String id, Exercise exercise, SourceEdits edits, Path tmp) throws IOException {
        Path src = tmp.resolve("src/dlecon/solution");
        FileTrees.copy(SOLUTIONS, src);
        edits.applyTo(id, src);
        Submission s = Submission.read(id, tmp.resolve("src"));
        List<String> dirs = new ArrayList<>();
        SourceCompiler javac = SourceCompiler.forApi();
        java.util.Set<Exercise> needed = java.util.EnumSet.of(exercise);
        PLANNER.plan(exercise, true).forEach(t -> needed.addAll(t.uses()));
        for (Exercise e : needed) {
            Path out = tmp.resolve("classes-" + e);
            CompileResult r = javac.compile(s.root(), s.sources().get(e), out);
            assertThat(r.diagnostics()).as("%s compiles", id).isEmpty();
            dirs.add(out.toString());
        }
        return String.join(File.pathSeparator, dirs);
    }
}
