package dlecon.graders.e3;

import dlecon.api.nn.Objective;
import dlecon.api.nn.Optimizer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The grader's own full-batch optimizer, so that E3's training test depends neither on the student's E4 nor on an
 * E4 task: iRprop- (Igel and Huesken 2000, after Riedmiller and Braun 1993, "A direct adaptive method for faster
 * backpropagation learning: the RPROP algorithm"). Each weight has its own step Delta: when its gradient keeps its sign
 * Delta grows by eta+ = 1.2 (at most Delta_max = 50), when the sign flips Delta shrinks by eta- = 0.5 (at least
 * Delta_min = 1e-6) and that gradient counts as 0 for the step; theta -= sign(g) Delta. Only the sign of the gradient
 * is used, so it suits full batches, not mini-batches.
 */
final class GraderRprop implements Optimizer {

    private static final double GROW = 1.2;
    private static final double SHRINK = 0.5;
    private static final double MAX_STEP = 50;
    private static final double MIN_STEP = 1e-6;

    private final double initialStep;
    private final List<double[]> step = new ArrayList<>();
    private final List<double[]> previous = new ArrayList<>();
    private int t;

    /** @param initialStep Delta_0, every weight's first step */
    GraderRprop(double initialStep) {
        this.initialStep = initialStep;
    }

    @Override
    public double step(List<? extends Parameter> parameters, Objective objective) {
        double e = objective.evaluate();
        t++;
        for (int q = 0; q < parameters.size(); q++) {
            Parameter p = parameters.get(q);
            if (step.size() <= q) {
                double[] d = new double[p.size()];
                Arrays.fill(d, initialStep);
                step.add(d);
                previous.add(new double[p.size()]);
            }
            double[] delta = step.get(q);
            double[] last = previous.get(q);
            double[] g = p.gradients();
            double[] theta = p.values();
            for (int i = 0; i < p.size(); i++) {
                double direction = last[i] * g[i];
                double gi = g[i];
                if (direction > 0) {
                    delta[i] = Math.min(delta[i] * GROW, MAX_STEP);
                } else if (direction < 0) {
                    delta[i] = Math.max(delta[i] * SHRINK, MIN_STEP);
                    gi = 0;
                }
                theta[i] -= Math.signum(gi) * delta[i];
                last[i] = gi;
            }
        }
        return e;
    }

    @Override
    public int steps() {
        return t;
    }
}
