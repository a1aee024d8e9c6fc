package dlecon.tools.workflow;

import java.util.List;

/**
 * Points as {@code classroom-resources/autograding-grading-reporter} sums them: the tests' scores and the runners'
 * {@code max_score} over the runners it was given.
 *
 * @param score   sum of every test's score
 * @param max     sum of the runners' maximum scores
 * @param runners the runner ids read
 */
public record ClassroomPoints(double score, double max, List<String> runners) {

    public ClassroomPoints {
        runners = List.copyOf(runners);
    }
}
