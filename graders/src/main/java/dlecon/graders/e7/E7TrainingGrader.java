package dlecon.graders.e7;

import dlecon.api.Exercise;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.TrainedPolicy;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E7 grader of a trained Deep Equilibrium Net. It trains with the submission's own E3 network and E4
 * optimizer (the engine puts those classes beside E7's), so it is kept small and worth few points.
 */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.HIDDEN, uses = {Exercise.E3, Exercise.E4})
class E7TrainingGrader {

    /** 2 x 16 ReLU, batch 32, K ~ U[0.1, 1], Adam 1e-2 for 600 episodes: about 0.15 s on the reference. */
    private static final DeqnConfig SMALL = new DeqnConfig(16, 32, 0.1, 1.0, 1e-2, 600);
    /**
     * Largest |s(K) - alpha beta| on K in [0.15, 0.95] allowed (alpha beta = 0.3564). On the reference over 60
     * seeds: median 5.2e-5, 90th percentile 4.4e-4, maximum 1.2e-3; an untrained logistic network is near 0.5.
     */
    private static final double POLICY_ABS = 1e-2;
    private static final int SEEDS = 3;
    private static final int NEEDED = 2;

    @Test
    @DisplayName("a small trained Brock-Mirman DEQN is within 0.01 of s = alpha beta on [0.15, 0.95] (2 of 3 seeds)")
    @Graded(points = 2, category = "trained DEQN policy", timeoutSeconds = 60,
            hint = "this test trains with your own E3 network and E4 optimizer; each episode draws batchSize states "
                    + "K ~ U[kMin, kMax], evaluates the loss mean errREE^2 with its full gradient (including the "
                    + "path through s(K')) and takes one Adam step")
    void trainedPolicyNearClosedForm(GrowthModels growth, MlpFactory mlp, OptimizerFactory optimizers,
                                     TestSeed seed) {
        BrockMirman bm = BrockMirman.defaults();
        int good = 0;
        StringBuilder seen = new StringBuilder();
        for (int k = 0; k < SEEDS; k++) {
            TrainedPolicy<DoubleUnaryOperator> trained = growth.solveDeterministic(bm, SMALL, mlp, optimizers,
                    new SplittableRandom(seed.derived(k)));
            double[] loss = trained.lossHistory();
            Expect.that("loss history length", loss.length == SMALL.episodes(), Integer.toString(SMALL.episodes()),
                    Integer.toString(loss.length));
            double worst = 0;
            for (int i = 0; i <= 40; i++) {
                double capital = 0.15 + 0.8 * i / 40;
                double s = trained.policy().applyAsDouble(capital);
                worst = Double.isNaN(s) ? Double.NaN : Math.max(worst, Math.abs(s - bm.savingsRate()));
            }
            if (worst <= POLICY_ABS) {
                good++;
            }
            seen.append(String.format(" %.3g;", worst));
        }
        Expect.that("max |s(K) - alpha beta| <= " + POLICY_ABS + " in at least " + NEEDED + " of " + SEEDS
                + " seeds", good >= NEEDED, ">= " + NEEDED + " of " + SEEDS, good + " of " + SEEDS
                + " (max deviations" + seen + ")");
    }
}
