package dlecon.graders.e7;

import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.Objective;
import dlecon.api.nn.Optimizer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The grader's optimizers for the solver graders, independent of any submission's E4: whatever configuration they
 * are created with, a step evaluates the objective once and moves every value by -RATE g / (1 + |g|) (bounded, so
 * that the policy changes from step to step without diverging). Every step is recorded with the optimizer that made
 * it, the forward passes of the {@link ToyMlp}'s networks during the objective and the values after the update.
 */
final class ToyOptimizers implements OptimizerFactory {

    /** Step size of the bounded update. */
    static final double RATE = 0.05;

    /**
     * One step.
     *
     * @param optimizer  index of the optimizer in creation order
     * @param config     its configuration
     * @param t          its number of steps before this one
     * @param parameters the list passed to the step
     * @param loss       the objective's value, which the step returns
     * @param passes     the forward passes of the networks while the objective ran
     * @param after      the parameter values after the update
     */
    record Step(int optimizer, OptimizerConfig config, int t, List<? extends Parameter> parameters, double loss,
                List<ToyNetwork.Pass> passes, List<double[]> after) {
    }

    private final ToyMlp mlp;
    private final List<OptimizerConfig> created = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    /** @param mlp the factory whose networks' passes the steps record */
    ToyOptimizers(ToyMlp mlp) {
        this.mlp = mlp;
    }

    /** Every step of every optimizer, in order. */
    List<Step> steps() {
        return steps;
    }

    @Override
    public Optimizer create(OptimizerConfig config) {
        int id = created.size();
        created.add(config);
        return new Optimizer() {
            private int t;

            @Override
            public double step(List<? extends Parameter> parameters, Objective objective) {
                int from = mlp.log().size();
                double e = objective.evaluate();
                List<ToyNetwork.Pass> passes = List.copyOf(mlp.log().subList(from, mlp.log().size()));
                List<double[]> after = new ArrayList<>();
                for (Parameter p : parameters) {
                    double[] v = p.values();
                    double[] g = p.gradients();
                    for (int i = 0; i < v.length; i++) {
                        v[i] -= RATE * g[i] / (1 + Math.abs(g[i]));
                    }
                    after.add(v.clone());
                }
                steps.add(new Step(id, config, t, parameters, e, passes, after));
                t++;
                return e;
            }

            @Override
            public int steps() {
                return t;
            }
        };
    }
}
