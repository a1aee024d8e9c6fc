package dlecon.graders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dlecon.api.Exercise;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.GradingExtension;
import dlecon.grading.api.Visibility;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs every grader suite of {@code dlecon.graders} against the reference (on this module's test class path) under
 * two harness salts: the reference must pass every grader test under every salt, and every exercise must have at
 * least five graded tests in at least one public and one hidden suite.
 */
class GradersOnReferenceTest {

    /** Two salts: the structure checks need one; NoLuckTest runs the reference under 20. */
    private static final long[] SALTS = {0, 20261123};
    /** Fewest grader tests per exercise in this first set of suites. */
    private static final int MIN_TESTS = 8;

    /** One finished test: its method, how it ended and how long it took. */
    private record Outcome(Method method, TestExecutionResult result, long nanos) {
    }

    @Test
    void everyGraderPassesOnTheReferenceUnderEverySalt() {
        for (long salt : SALTS) {
            List<Outcome> outcomes = run(salt);
            List<String> failed = new ArrayList<>();
            Map<Exercise, Long> nanos = new EnumMap<>(Exercise.class);
            Map<Exercise, Integer> counts = new EnumMap<>(Exercise.class);
            Map<Exercise, Set<Visibility>> visibilities = new EnumMap<>(Exercise.class);
            for (Outcome o : outcomes) {
                GraderSuite suite = o.method().getDeclaringClass().getAnnotation(GraderSuite.class);
                assertThat(suite).as("@GraderSuite on %s", o.method().getDeclaringClass().getName()).isNotNull();
                assertThat(o.method().getAnnotation(Graded.class)).as("@Graded on %s", o.method()).isNotNull();
                assertThat(o.method().getAnnotation(Graded.class).hint()).as("hint of %s", o.method()).isNotBlank();
                assertThat(o.method().getAnnotation(DisplayName.class)).as("@DisplayName on %s", o.method())
                        .isNotNull();
                assertThat(o.method().getDeclaringClass().getPackageName())
                        .isEqualTo("dlecon.graders." + suite.exercise().name().toLowerCase());
                if (o.result().getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    failed.add(o.method().getDeclaringClass().getSimpleName() + "." + o.method().getName() + ": "
                            + o.result().getThrowable().map(Throwable::toString).orElse(o.result().toString()));
                }
                nanos.merge(suite.exercise(), o.nanos(), Long::sum);
                counts.merge(suite.exercise(), 1, Integer::sum);
                visibilities.computeIfAbsent(suite.exercise(), e -> EnumSet.noneOf(Visibility.class))
                        .add(suite.visibility());
            }
            assertThat(failed).as("grader tests failing on the reference with salt %d", salt).isEmpty();
            for (Exercise e : Exercise.values()) {
                assertThat(counts.getOrDefault(e, 0)).as("grader tests of %s", e).isGreaterThanOrEqualTo(MIN_TESTS);
                assertThat(visibilities.get(e)).as("suites of %s", e)
                        .containsExactlyInAnyOrder(Visibility.PUBLIC, Visibility.HIDDEN);
            }
            StringBuilder line = new StringBuilder("salt " + salt + ":");
            nanos.forEach((e, n) -> line.append(String.format(" %s %d tests %.2f s;", e, counts.get(e), n / 1e9)));
            System.out.println(line);
        }
    }

    /**
     * Sheet tasks: every test of every exercise names one, written "<number> <title>", the numbers run from 1 without
     * gaps, and each number has one title.
     */
    @Test
    void everyTestNamesASheetTaskAndTheTasksAreNumberedInOrder() {
        dlecon.grading.engine.TestPlanner planner = new dlecon.grading.engine.TestPlanner();
        for (Exercise e : Exercise.values()) {
            List<dlecon.grading.engine.PlannedTest> plan = planner.plan(e, true);
            Map<Integer, Set<String>> titles = new java.util.TreeMap<>();
            for (dlecon.grading.engine.PlannedTest t : plan) {
                assertThat(t.task()).as("task of %s", t.title()).matches("[1-9][0-9]* \\S.*");
                titles.computeIfAbsent(t.taskNumber(), k -> new java.util.TreeSet<>()).add(t.task());
            }
            assertThat(titles.keySet()).as("task numbers of %s", e)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, titles.size()).boxed().toList());
            titles.forEach((n, names) -> assertThat(names).as("titles of task %d of %s", n, e).hasSize(1));
        }
    }

    private static List<Outcome> run(long salt) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("dlecon.graders"))
                .filters(ClassNameFilter.includeClassNamePatterns(".*Grader$"))
                .configurationParameter(GradingExtension.SALT, Long.toString(salt))
                .build();
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Long> started = new ConcurrentHashMap<>();
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(request);
        assertThat(plan.containsTests()).as("grader tests discovered").isTrue();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier id) {
                started.put(id.getUniqueId(), System.nanoTime());
            }

            @Override
            public void executionSkipped(TestIdentifier id, String reason) {
                if (id.isTest()) {
                    outcomes.add(new Outcome(method(id), TestExecutionResult.aborted(new AssertionError(reason)), 0));
                }
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    long t = System.nanoTime() - started.getOrDefault(id.getUniqueId(), System.nanoTime());
                    outcomes.add(new Outcome(method(id), result, t));
                } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    throw new AssertionError("container " + id.getDisplayName() + " failed: " + result);
                }
            }
        });
        return outcomes;
    }

    private static Method method(TestIdentifier id) {
        return id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(MethodSource::getJavaMethod)
                .orElseThrow(() -> new AssertionError("test without a method source: " + id.getDisplayName()));
    }
}
