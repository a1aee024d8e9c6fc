package dlecon.grading.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The points a grader test is worth, with the feedback shown when it fails. Only a success earns the points; a test
 * that records cases in a {@link Credit} earns {@code points * passed / total} instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Graded {
    /** Points awarded on success (positive). */
    double points();

    /** Short name of what is checked, shown for hidden tests instead of values, e.g. "backprop gradient". */
    String category();

    /**
     * The task of the exercise sheet this test grades, written {@code "<number> <title>"} (e.g. {@code "2 losses"}):
     * a task's points are the sum of its tests' points, and the sheet lists them per task. The course's grader suites
     * must name one; the engine's own test fixtures may leave it empty.
     */
    String task() default "";

    /** Where to look when the test fails; shown for public and hidden tests. */
    String hint() default "";

    /** Wall-clock budget of this test in seconds, enforced by the harness's watchdog (kills the JVM). */
    int timeoutSeconds() default 60;
}
