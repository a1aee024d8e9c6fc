package dlecon.grading.api;

import dlecon.api.Exercise;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class as a grader suite of one exercise. Every test of the class has the suite's visibility (public and
 * hidden tests live in separate classes, so a student release can leave the hidden classes out) and must carry
 * {@link Graded}. The {@link GradingExtension} resolves the exercise's API entry, the {@link TestSeed} and the
 * {@link Credit} of each test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(GradingExtension.class)
public @interface GraderSuite {
    /** The exercise whose implementation the suite grades. */
    Exercise exercise();

    /** Who sees the suite's tests. */
    Visibility visibility();

    /**
     * Other exercises whose API entries the tests may take as parameters, resolved from the same submission (e.g. an
     * E6 surrogate is trained with the student's own E3 network and E4 optimizer). When such an exercise did not
     * compile or was refused, those parameters cannot be resolved and the test fails saying so.
     */
    Exercise[] uses() default {};
}
