package dlecon.reference.run;

import dlecon.api.Exercise;
import dlecon.api.Solutions;
import dlecon.api.e2.PerceptronFactory;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e7.GrowthModels;

/**
 * The implementations the run uses, each bound through the API to whatever class of the fixed name is on the
 * class path.
 *
 * @param perceptrons E2
 * @param mlp         E3
 * @param optimizers  E4
 * @param genz        E6
 * @param growth      E7
 */
public record Implementations(PerceptronFactory perceptrons, MlpFactory mlp, OptimizerFactory optimizers,
                              GenzFactory genz, GrowthModels growth) {

    /** Loads every exercise's entry class with {@link Solutions#load(Exercise, Class)}. */
    public static Implementations load() {
        return new Implementations(Solutions.load(Exercise.E2, PerceptronFactory.class),
                Solutions.load(Exercise.E3, MlpFactory.class), Solutions.load(Exercise.E4, OptimizerFactory.class),
                Solutions.load(Exercise.E6, GenzFactory.class), Solutions.load(Exercise.E7, GrowthModels.class));
    }
}
