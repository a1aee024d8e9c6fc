package dlecon.reference.run;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.SurrogateConfig;
import dlecon.api.e7.DeqnConfig;
import java.util.List;

/**
 * Everything that differs between the full run, the quick run and the tests' tiny run.
 *
 * @param mode          name shown in the summary ("full", "quick", ...)
 * @param demoSeeds     seeds 0 .. demoSeeds-1 of each stochastic demonstration experiment
 * @param genzFamilies  the Genz families fitted
 * @param genzDims      the dimensions d
 * @param genzSizes     the training-set sizes n, increasing
 * @param genzSeeds     seeds 0 .. genzSeeds-1 per (family, d, n)
 * @param surrogate     the surrogate network and its training
 * @param deqn          the Brock-Mirman DEQN hyperparameters
 * @param deqnSeeds     seeds 0 .. deqnSeeds-1 of the DEQN (files are written for seed 0)
 * @param policyGrid    number of equally spaced K in [kMin, kMax] on which the policy is compared (also the
 *                      number of k of the neoclassical grid)
 * @param growth        the stochastic Brock-Mirman, neoclassical and OLG settings
 */
public record RunSettings(String mode, int demoSeeds, List<GenzFamily> genzFamilies, List<Integer> genzDims,
                          List<Integer> genzSizes, int genzSeeds, SurrogateConfig surrogate, DeqnConfig deqn,
                          int deqnSeeds, int policyGrid, GrowthSettings growth) {

    /** The course's families f1 oscillatory, f4 Gaussian, f5 continuous. */
    public static final List<GenzFamily> COURSE_FAMILIES =
            List.of(GenzFamily.OSCILLATORY, GenzFamily.GAUSSIAN, GenzFamily.CONTINUOUS);

    /** @throws IllegalArgumentException if a count is below 1 or a list is empty */
    public RunSettings {
        genzFamilies = List.copyOf(genzFamilies);
        genzDims = List.copyOf(genzDims);
        genzSizes = List.copyOf(genzSizes);
        if (demoSeeds < 1 || genzSeeds < 1 || deqnSeeds < 1 || policyGrid < 2) {
            throw new IllegalArgumentException("seed counts must be >= 1 and the policy grid >= 2 points");
        }
        if (growth == null) {
            throw new IllegalArgumentException("growth settings must not be null");
        }
        if (genzFamilies.isEmpty() || genzDims.isEmpty() || genzSizes.isEmpty()) {
            throw new IllegalArgumentException("the Genz grid needs at least one family, dimension and size");
        }
    }

    /**
     * The full run: the course's settings, 10 demo seeds, 5 Genz seeds, 5 DEQN seeds of 2001 episodes, and
     * {@link GrowthSettings#full()}.
     */
    public static RunSettings full() {
        return new RunSettings("full", 10, COURSE_FAMILIES, List.of(2, 5, 10), List.of(10, 50, 100, 500), 5,
                SurrogateConfig.defaults(), DeqnConfig.defaults(), 5, 1000, GrowthSettings.full());
    }

    /**
     * The quick run (under a minute on 2 cores): 1 Genz seed of 100 instead of 200 epochs and 1 DEQN seed of 1001
     * instead of 2001 episodes, {@link GrowthSettings#quick()}; everything else as {@link #full()}.
     */
    public static RunSettings quick() {
        return new RunSettings("quick", 10, COURSE_FAMILIES, List.of(2, 5, 10), List.of(10, 50, 100, 500), 1,
                SurrogateConfig.defaults().withEpochs(100), DeqnConfig.defaults().withEpisodes(1001), 1, 1000,
                GrowthSettings.quick());
    }
}
