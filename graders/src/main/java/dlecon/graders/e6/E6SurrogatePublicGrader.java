package dlecon.graders.e6;

import dlecon.api.Exercise;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e6.GenzFactory;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public E6 grader of what the surrogate experiment reports, recomputed from the test points it drew and the
 * network it trained (with the submission's own E3 and E4, watched by {@link SurrogateProbe}).
 */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.PUBLIC, uses = {Exercise.E3, Exercise.E4})
class E6SurrogatePublicGrader {

    @Test
    @DisplayName("the surrogate reports the mean and max error on its test points, the last epoch's loss and n")
    @Graded(points = 2, category = "surrogate experiment", task = Tasks.SURROGATE, timeoutSeconds = 60,
            hint = "the test points are the last config.testPoints() x d draws (nextDouble, row by row, after the "
                    + "training); meanAbsError = (1/M) sum |s - f|, maxAbsError = max |s - f| with s from "
                    + "network.predict; trainingLoss = the history's finalTrainLoss(); trainingPoints = n")
    void reportsErrorsLossAndN(GenzFactory genz, MlpFactory mlp, OptimizerFactory optimizers, TestSeed seed) {
        for (SurrogateProbe.Setup s : SurrogateProbe.setups(seed.value())) {
            SurrogateProbe.checkResult(SurrogateProbe.run(genz, mlp, optimizers, s));
        }
    }
}
