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
        // BEGIN SOLUTION: E6 draw n training points, build and train the MLP, measure |s - f| on the test points
        if (f == null || config == null || mlp == null || optimizers == null || rng == null) {
            throw new IllegalArgumentException("f, config, mlp, optimizers and rng must not be null");
        }
        if (n < 1) {
            throw new IllegalArgumentException("the number of training points n must be >= 1, got " + n);
        }
        int d = f.dimension();
        Dataset train = sample(f, n, rng);
        List<Layer> layers = new ArrayList<>();
        int width = d;
        for (int h : config.hiddenWidths()) {
            layers.add(mlp.dense(width, h, InitKind.HE_NORMAL, rng));
            layers.add(mlp.activationLayer(config.activation()));
            width = h;
        }
        layers.add(mlp.dense(width, 1, InitKind.XAVIER_UNIFORM, rng));
        layers.add(mlp.outputLayer(OutputKind.IDENTITY));
        Network net = mlp.network(layers);
        TrainingHistory history = mlp.trainer().train(net, mlp.loss(LossKind.MSE),
                optimizers.create(config.optimizer()), train, null,
                new TrainingConfig(config.epochs(), config.batchSize(), true, null), rng);
        Dataset test = sample(f, config.testPoints(), rng);
        double[][] s = net.predict(test.x());
        double sum = 0;
        double max = 0;
        for (int m = 0; m < s.length; m++) {
            double e = Math.abs(s[m][0] - test.t()[m][0]);
            sum += e;
            max = Math.max(max, e); // Math.max returns NaN when either is NaN
        }
        return new SurrogateError(sum / s.length, max, history.finalTrainLoss(), n);
        // END SOLUTION
    }

    // BEGIN REMOVE
    /** N points x ~ U[0,1]^d drawn row by row, with targets f(x) (N x 1). */
    private static Dataset sample(GenzFunction f, int count, RandomGenerator rng) {
        int d = f.dimension();
        double[][] x = new double[count][d];
        double[][] t = new double[count][1];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = rng.nextDouble();
            }
            t[i][0] = f.value(x[i]);
        }
        return new Dataset(x, t);
    }
    // END REMOVE
}
