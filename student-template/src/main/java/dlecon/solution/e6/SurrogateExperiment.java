package dlecon.solution.e6;

import dlecon.api.data.Dataset;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.e3.TrainingConfig;
import dlecon.api.e3.TrainingHistory;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e6.GenzFunction;
import dlecon.api.e6.SurrogateConfig;
import dlecon.api.e6.SurrogateError;
import dlecon.api.nn.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The course's surrogate experiment: fit an MLP d -&gt; h_1 -&gt; ... -&gt; h_L -&gt; 1 to a Genz function on n uniform
 * points (MSE loss) and report the mean and maximum absolute error on uniform test points. The E3 and E4 parts
 * come through their factories, so this class depends on the API only.
 */
final class SurrogateExperiment {

    private SurrogateExperiment() {
    }

    /**
     * Runs the experiment; the order of the draws from {@code rng} is documented in
     * {@link dlecon.api.e6.GenzFactory#surrogate}.
     *
     * @param rng modified
     */
    static SurrogateError run(GenzFunction f, int n, SurrogateConfig config, MlpFactory mlp,
                              OptimizerFactory optimizers, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO E6 draw n training points, build and train the MLP, measure |s - f| on the test points");
    }

}
