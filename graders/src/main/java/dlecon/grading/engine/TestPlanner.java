package dlecon.grading.engine;

import dlecon.api.Exercise;
import dlecon.grading.api.Graded;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Visibility;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import dlecon.grading.runner.JupiterLauncher;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Lists the grader tests of an exercise in the harness's own JVM (discovery loads grader classes, never submission
 * code): package {@code dlecon.graders.eN}, classes annotated {@link GraderSuite} for that exercise.
 */
public final class TestPlanner {

    private final Launcher launcher = JupiterLauncher.create();

    /** The grader package of an exercise, e.g. {@code dlecon.graders.e3}. */
    public static String graderPackage(Exercise e) {
        return "dlecon.graders." + e.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The tests of {@code exercise} with the given visibilities: public ones first, each group in discovery order.
     *
     * @throws IllegalStateException when a grader test lacks {@link Graded} or its suite grades another exercise
     */
    public List<PlannedTest> plan(Exercise exercise, boolean includeHidden) {
        return plan(exercise, graderPackage(exercise), includeHidden);
    }

    /** {@link #plan(Exercise, boolean)} with the suites of another package (the engine's own test fixtures). */
    public List<PlannedTest> plan(Exercise exercise, String graderPackage, boolean includeHidden) {
        TestPlan plan = launcher.discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectPackage(graderPackage))
                .enableImplicitConfigurationParameters(false)
                .build());
        List<PlannedTest> tests = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier t : plan.getDescendants(root)) {
                if (!t.isTest()) {
                    continue;
                }
                PlannedTest p = describe(exercise, graderPackage, t);
                if (p != null && (includeHidden || p.visibility() == Visibility.PUBLIC)) {
                    tests.add(p);
                }
            }
        }
        // public tests first (what a student can run locally), then hidden ones; discovery order within each
        tests.sort(java.util.Comparator.comparing(PlannedTest::visibility));
        return tests;
    }

    private static PlannedTest describe(Exercise exercise, String graderPackage, TestIdentifier t) {
        if (!(t.getSource().orElse(null) instanceof MethodSource source)) {
            throw new IllegalStateException("grader test without a method source: " + t.getUniqueId());
        }
        Method m = source.getJavaMethod();
        GraderSuite suite = m.getDeclaringClass().getAnnotation(GraderSuite.class);
        if (suite == null) {
            return null; // a helper class in the package, not a suite
        }
        Graded g = m.getAnnotation(Graded.class);
        if (g == null || !(g.points() > 0)) {
            throw new IllegalStateException(source.getClassName() + "." + m.getName()
                    + " is a grader test without @Graded points");
        }
        if (suite.exercise() != exercise) {
            throw new IllegalStateException(source.getClassName() + " grades " + suite.exercise()
                    + " but lives in " + graderPackage);
        }
        return new PlannedTest(exercise, t.getUniqueId(), t.getDisplayName(), suite.visibility(), g.points(),
                g.category(), g.hint(), g.timeoutSeconds(), g.task(), List.of(suite.uses()));
    }
}
