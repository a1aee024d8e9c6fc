package dlecon.graders.e7;

import dlecon.api.e4.OptimizerConfig;
import dlecon.api.nn.Parameter;
import dlecon.grading.api.Expect;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Checks of a solver run on the grader's {@link ToyMlp} and {@link ToyOptimizers}: one network, one Adam step per
 * episode by the right optimizer, the loss history, and the states of every episode against a replay of the
 * generator.
 */
final class SolverReplay {

    /**
     * A state is one uniform draw u mapped to [a, b] as a + u (b - a) (or u (b - a) + a, or by nextDouble(a, b)):
     * two roundings, 2.2e-16 relative to the interval; 1e-14 leaves a factor of 45 for any such order.
     */
    static final double STATE_REL = 1e-14;

    private SolverReplay() {
    }

    /**
     * One network built, {@code first + fine} steps, steps 0..first-1 by one Adam at {@code eta} with t = e and the
     * others by one fresh Adam at {@code fineEta} with t = e - first, each on the network's parameters, and the
     * history equal to the values the steps returned.
     *
     * @return the network
     */
    static ToyNetwork checkSteps(String what, ToyMlp mlp, ToyOptimizers optimizers, double[] history, int first,
                                 double eta, int fine, double fineEta) {
        Expect.that(what + ": networks built", mlp.networks().size() == 1, "1 (by policyNetwork)",
                Integer.toString(mlp.networks().size()));
        ToyNetwork net = mlp.networks().get(0);
        List<ToyOptimizers.Step> steps = optimizers.steps();
        Expect.that(what + ": Adam steps", steps.size() == first + fine, Integer.toString(first + fine),
                Integer.toString(steps.size()));
        Expect.that(what + ": length of the loss history", history.length == first + fine,
                Integer.toString(first + fine), Integer.toString(history.length));
        List<Parameter> parameters = net.parameters();
        for (int e = 0; e < steps.size(); e++) {
            ToyOptimizers.Step s = steps.get(e);
            boolean fineStep = e >= first;
            OptimizerConfig expected = OptimizerConfig.Adam.withEta(fineStep ? fineEta : eta);
            String at = what + ", episode " + e + ": ";
            int phaseStart = fineStep ? first : 0;
            Expect.that(at + "optimizer configuration", expected.equals(s.config()), expected.toString(),
                    s.config().toString());
            Expect.that(at + "steps the optimizer made before (a fresh Adam for the second phase, the same one "
                    + "within a phase)", s.t() == e - phaseStart, Integer.toString(e - phaseStart),
                    Integer.toString(s.t()));
            Expect.that(at + "the optimizer is the one of the phase's first step",
                    s.optimizer() == steps.get(phaseStart).optimizer(), "the same optimizer", "another one");
            Expect.that(at + "parameters passed to the step", sameParameters(parameters, s.parameters()),
                    "the network's " + parameters.size() + " parameters in order", s.parameters().size()
                            + " parameters, not all the network's");
            Expect.that(at + "a forward pass during the loss", !s.passes().isEmpty(), "at least one", "none");
            Expect.close(at + "loss history entry = the value the step returned", history[e], s.loss(), 0, 0);
        }
        if (first > 0 && fine > 0) {
            Expect.that(what + ": the second phase uses a new Adam",
                    steps.get(first).optimizer() != steps.get(0).optimizer(), "a new optimizer", "the first one");
        }
        return net;
    }

    /** The input of the first forward pass of step {@code e}'s loss evaluation: the episode's states. */
    static double[][] states(ToyOptimizers optimizers, int e) {
        return optimizers.steps().get(e).passes().get(0).input();
    }

    /** A generator in the state the solver's was in after the network's initial weights. */
    static SplittableRandom afterWeights(long seed, ToyMlp mlp) {
        SplittableRandom replay = new SplittableRandom(seed);
        for (int i = 0; i < mlp.draws(); i++) {
            replay.nextDouble();
        }
        return replay;
    }

    /** Expects {@code actual} to be a + u (b - a) for the next draw u of {@code replay}. */
    static void uniform(String what, double actual, double a, double b, SplittableRandom replay) {
        double expected = a + replay.nextDouble() * (b - a);
        Expect.close(what, actual, expected, 0, STATE_REL * Math.max(Math.abs(a), Math.abs(b)));
    }

    private static boolean sameParameters(List<Parameter> expected, List<? extends Parameter> actual) {
        if (actual == null || actual.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (actual.get(i) != expected.get(i)) {
                return false;
            }
        }
        return true;
    }
}
