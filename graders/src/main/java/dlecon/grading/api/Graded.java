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

    /** Where to look when the test fails; shown for public and hidden tests. */
    String hint() default "";

    /** Wall-clock budget of this test in seconds, enforced by the harness's watchdog (kills the JVM). */
    int timeoutSeconds() default 60;
}
