package dlecon.reference.run;

import dlecon.api.e7.NeoclassicalConfig;
import dlecon.api.e7.OlgConfig;
import dlecon.api.e7.StochasticDeqnConfig;

/**
 * Settings of the stochastic Brock-Mirman, neoclassical and OLG parts.
 *
 * @param stochastic   the stochastic Brock-Mirman DEQN hyperparameters
 * @param neoclassical the neoclassical network's hyperparameters
 * @param olg          the OLG DEQN hyperparameters
 * @param seeds        seeds 0 .. seeds-1 of each model (files are written for seed 0)
 * @param periods      simulated periods T of the stochastic Brock-Mirman and the OLG paths
 */
public record GrowthSettings(StochasticDeqnConfig stochastic, NeoclassicalConfig neoclassical, OlgConfig olg,
                             int seeds, int periods) {

    /** Periods of the course's simulated Brock-Mirman path. */
    public static final int COURSE_PERIODS = 2000;

    /** @throws IllegalArgumentException if a config is null, seeds &lt; 1 or periods &lt; 2 */
    public GrowthSettings {
        if (stochastic == null || neoclassical == null || olg == null) {
            throw new IllegalArgumentException("the growth-model configs must not be null");
        }
        if (seeds < 1 || periods < 2) {
            throw new IllegalArgumentException("need seeds >= 1 and periods >= 2, got " + seeds + ", " + periods);
        }
    }

    /** The configs' defaults, 3 seeds, 2000 periods. */
    public static GrowthSettings full() {
        return new GrowthSettings(StochasticDeqnConfig.defaults(), NeoclassicalConfig.defaults(),
                OlgConfig.defaults(), 3, COURSE_PERIODS);
    }

    /** 1 seed and about a third of the default episodes of each model, 2000 periods. */
    public static GrowthSettings quick() {
        return new GrowthSettings(StochasticDeqnConfig.defaults().withEpisodes(2000, 1000),
                NeoclassicalConfig.defaults().withSteps(1000), OlgConfig.defaults().withEpisodes(1000, 700), 1,
                COURSE_PERIODS);
    }
}
