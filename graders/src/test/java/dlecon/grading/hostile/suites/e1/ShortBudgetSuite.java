package dlecon.grading.hostile.suites.e1;

import dlecon.api.Exercise;
import dlecon.api.e1.GradientDescent;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Visibility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two E1 tests with the smallest time budgets, so that the endless-loop submission is stopped in seconds rather
 * than after the real graders' 60 s: the first calls descendDecaying (the attacked method), the second descend.
 */
@GraderSuite(exercise = Exercise.E1, visibility = Visibility.PUBLIC)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShortBudgetSuite {

    @Test
    @Order(1)
    @Graded(points = 2, category = "termination", hint = "must return", timeoutSeconds = 2)
    @DisplayName("decaying-step descent returns within its budget")
    void decayingReturns(GradientDescent gd) {
        double[] path = gd.descendDecaying(x -> 2 * x, 1, 0.1, 0, 1e-12, 50);
        Expect.close("last iterate", path[path.length - 1], 0, 0, 1e-3);
    }

    @Test
    @Order(2)
    @Graded(points = 1, category = "convergence", hint = "step against the gradient", timeoutSeconds = 5)
    @DisplayName("fixed-step descent after the loop keeps its points")
    void fixedStepAfterTheLoop(GradientDescent gd) {
        double[] path = gd.descend(x -> 2 * x, 1, 0.1, 1e-12, 1000);
        Expect.close("last iterate", path[path.length - 1], 0, 0, 1e-9);
    }
}
