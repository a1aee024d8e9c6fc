package dlecon.graders.e6;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.OutputKind;
import dlecon.api.e3.TrainingConfig;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzFunction;
import dlecon.api.e6.GenzParameters;
import dlecon.api.e6.SurrogateConfig;
import dlecon.api.e6.SurrogateError;
import dlecon.api.nn.Layer;
import dlecon.grading.api.Expect;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Runs {@link GenzFactory#surrogate} on a function of the grader's with a {@link RecordingRandom} and the
 * submission's E3/E4 factories wrapped in a {@link RecordingMlp}, and checks what happened against the documented
 * experiment: which draws became the training points, the layers and the test points, how the network was built
 * and trained, and the reported errors, recomputed from the recorded test points and the trained network.
 */
final class SurrogateProbe {

    /**
     * The errors are means and maxima of |s - f| over at most a few dozen points of order 1, from the same network
     * on the same points: only the order of the M additions of the mean may differ, M eps relative; 1e-12 is
     * generous and still tells any other point set apart.
     */
    private static final double ERROR_REL = 1e-12;

    /** One small experiment: dimension d, n training points, the configuration and the generator's seed. */
    record Setup(int d, int n, SurrogateConfig config, long seed) {
    }

    /** What one run did: the setup, the function, the generator and factories with their records, the result. */
    record Run(Setup setup, GenzFunction f, RecordingRandom rng, RecordingMlp mlp, SurrogateError result) {
    }

    private SurrogateProbe() {
    }

    /** Three small setups: odd batches with a last partial one, n below a batch and n = 1, 1 to 3 hidden layers. */
    static List<Setup> setups(long seed) {
        return List.of(
                new Setup(2, 7, new SurrogateConfig(new int[] {3, 2}, ActivationKind.TANH,
                        OptimizerConfig.Adam.withEta(1e-2), 3, 3, 5), seed),
                new Setup(1, 1, new SurrogateConfig(new int[] {4}, ActivationKind.RELU, new OptimizerConfig.Sgd(0.05),
                        1, 4, 1), seed + 1),
                new Setup(3, 6, new SurrogateConfig(new int[] {2, 3, 2}, ActivationKind.SIGMOID,
                        OptimizerConfig.Momentum.defaults(), 2, 4, 9), seed + 2));
    }

    /**
     * A function of the grader's in dimension d: {@code value} is {@code f} (for a point of length d; nothing is
     * checked), reported as family f1 with c = 1, w = 0; {@code integral} is not available.
     */
    static GenzFunction function(int d, ToDoubleFunction<double[]> f) {
        double[] ones = new double[d];
        Arrays.fill(ones, 1);
        GenzParameters p = new GenzParameters(ones, new double[d]);
        return new GenzFunction() {
            @Override
            public GenzFamily family() {
                return GenzFamily.OSCILLATORY;
            }

            @Override
            public int dimension() {
                return d;
            }

            @Override
            public GenzParameters parameters() {
                return p;
            }

            @Override
            public double value(double[] x) {
                return f.applyAsDouble(x);
            }

            @Override
            public double integral() {
                throw new UnsupportedOperationException("the grader's test function has no integral");
            }
        };
    }

    /** f(x) = sin(3 x_1) + x_d^2 - x_1 x_d, smooth, of order 1 and different in every coordinate order. */
    static double target(double[] x) {
        int d = x.length;
        return Math.sin(3 * x[0]) + x[d - 1] * x[d - 1] - x[0] * x[d - 1];
    }

    /** Runs the surrogate experiment of {@code s} with the recording generator and factories. */
    static Run run(GenzFactory genz, MlpFactory mlp, OptimizerFactory optimizers, Setup s) {
        RecordingRandom rng = new RecordingRandom(s.seed());
        RecordingMlp rec = new RecordingMlp(mlp, optimizers, rng);
        GenzFunction f = function(s.d(), SurrogateProbe::target);
        SurrogateError e = genz.surrogate(f, s.n(), s.config(), rec, rec, rng);
        return new Run(s, f, rng, rec, e);
    }

    /** The single training run (fails unless train was called exactly once). */
    private static RecordingMlp.Train training(Run r) {
        List<RecordingMlp.Train> t = r.mlp().trainings;
        Expect.that(r.setup() + ": calls of mlp.trainer().train", t.size() == 1, "1", Integer.toString(t.size()));
        return t.get(0);
    }

    /**
     * The reported errors are those of the trained network on the last M d draws (the test points), the loss is
     * the last epoch's of the history train returned, and trainingPoints is n.
     */
    static void checkResult(Run r) {
        Setup s = r.setup();
        RecordingMlp.Train train = training(r);
        int m = s.config().testPoints();
        int d = s.d();
        int first = r.rng().count() - m * d;
        Expect.that(s + ": draws after training (the test points)", first == train.to(), m * d + " nextDouble()",
                (r.rng().count() - train.to()) + " calls");
        double[][] test = new double[m][d];
        for (int i = 0; i < m * d; i++) {
            Expect.that(s + ": draw " + (first + i) + " (a test point coordinate)",
                    RecordingRandom.NEXT_DOUBLE.equals(r.rng().call(first + i)), RecordingRandom.NEXT_DOUBLE,
                    r.rng().call(first + i));
            test[i / d][i % d] = r.rng().value(first + i);
        }
        double[][] s2 = train.network().predict(test);
        double sum = 0;
        double max = 0;
        for (int i = 0; i < m; i++) {
            double err = Math.abs(s2[i][0] - r.f().value(test[i]));
            sum += err;
            max = Math.max(max, err);
        }
        SurrogateError e = r.result();
        Expect.that(s + ": trainingPoints", e.trainingPoints() == s.n(), Integer.toString(s.n()),
                Integer.toString(e.trainingPoints()));
        Expect.close(s + ": meanAbsError on the test points " + Arrays.deepToString(test), e.meanAbsError(), sum / m,
                ERROR_REL, 0);
        Expect.close(s + ": maxAbsError on the test points " + Arrays.deepToString(test), e.maxAbsError(), max,
                ERROR_REL, 0);
        Expect.exactly(s + ": trainingLoss (finalTrainLoss of the history train returned)", e.trainingLoss(),
                train.history().finalTrainLoss());
    }

    /**
     * The whole documented experiment: training points are the first n d draws, row by row, with targets f(x);
     * then the dense layers d -&gt; h_1 -&gt; ... -&gt; 1 (He-normal, Xavier-uniform for the output) from the same
     * generator; the network of dense, activation, ..., dense, identity output; one train call with that network,
     * the MSE loss, a fresh optimizer of the configured kind, the configured epochs and batch size, shuffled, no
     * validation or early stopping, and the same generator; then the test points and the result (checkResult).
     */
    static void checkContract(Run r) {
        Setup s = r.setup();
        RecordingMlp rec = r.mlp();
        RecordingMlp.Train train = training(r);
        int d = s.d();
        int n = s.n();
        Expect.that(s + ": training set shape", train.x().length == n && train.t().length == n,
                n + " x " + d + " inputs and " + n + " x 1 targets", train.x().length + " and " + train.t().length
                        + " rows");
        for (int i = 0; i < n; i++) {
            Expect.that(s + ": training row " + i + " shape", train.x()[i].length == d && train.t()[i].length == 1,
                    d + " inputs, 1 target", train.x()[i].length + " inputs, " + train.t()[i].length + " targets");
            for (int j = 0; j < d; j++) {
                int k = i * d + j;
                Expect.that(s + ": draw " + k + " (training point " + i + ", coordinate " + j + ")",
                        RecordingRandom.NEXT_DOUBLE.equals(r.rng().call(k)), RecordingRandom.NEXT_DOUBLE,
                        r.rng().call(k));
                Expect.exactly(s + ": x[" + i + "][" + j + "] is the draw " + k + " (row by row, first)",
                        train.x()[i][j], r.rng().value(k));
            }
            Expect.exactly(s + ": target t[" + i + "] = f(x[" + i + "])", train.t()[i][0], r.f().value(train.x()[i]));
        }
        int[] widths = s.config().hiddenWidths();
        List<RecordingMlp.Dense> dense = rec.dense;
        Expect.that(s + ": dense layers created", dense.size() == widths.length + 1,
                Integer.toString(widths.length + 1), Integer.toString(dense.size()));
        int at = n * d;
        for (int l = 0; l <= widths.length; l++) {
            RecordingMlp.Dense layer = dense.get(l);
            int nIn = l == 0 ? d : widths[l - 1];
            int nOut = l < widths.length ? widths[l] : 1;
            InitKind init = l < widths.length ? InitKind.HE_NORMAL : InitKind.XAVIER_UNIFORM;
            String what = s + ": dense layer " + (l + 1);
            Expect.that(what + " (nIn, nOut, init)", layer.nIn() == nIn && layer.nOut() == nOut
                    && layer.init() == init, nIn + ", " + nOut + ", " + init, layer.nIn() + ", " + layer.nOut()
                    + ", " + layer.init());
            Expect.that(what + ": generator", layer.rng() == r.rng(), "the surrogate's rng", "another generator");
            Expect.that(what + ": first draw", layer.from() == at, "draw " + at + " (right after the previous step)",
                    "draw " + layer.from());
            at = layer.to();
        }
        Expect.that(s + ": first draw of the training", train.from() == at, "draw " + at, "draw " + train.from());
        Expect.that(s + ": generator of the training", train.rng() == r.rng(), "the surrogate's rng",
                "another generator");
        RecordingMlp.Net net = rec.networks.stream().filter(x -> x.network() == train.network()).findFirst()
                .orElse(null);
        Expect.that(s + ": network trained", net != null, "the network returned by mlp.network", "another object");
        List<Layer> layers = net.layers();
        Expect.that(s + ": number of layers", layers.size() == 2 * widths.length + 2,
                Integer.toString(2 * widths.length + 2), Integer.toString(layers.size()));
        for (int l = 0; l <= widths.length; l++) {
            Expect.that(s + ": layer " + (2 * l + 1) + " of the network", layers.get(2 * l) == dense.get(l).layer(),
                    "dense layer " + (l + 1), "another layer");
            Layer next = layers.get(2 * l + 1);
            boolean ok = l < widths.length ? rec.activations.get(next) == s.config().activation()
                    && layers.subList(0, 2 * l + 1).stream().noneMatch(x -> x == next)
                    : rec.outputs.get(next) == OutputKind.IDENTITY;
            Expect.that(s + ": layer " + (2 * l + 2) + " of the network", ok, l < widths.length ? "a new "
                    + s.config().activation() + " activation layer" : "the IDENTITY output layer",
                    "another layer");
        }
        Expect.that(s + ": loss", rec.losses.get(train.loss()) == LossKind.MSE, "mlp.loss(MSE)",
                String.valueOf(rec.losses.get(train.loss())));
        RecordingMlp.Created opt = rec.created.stream().filter(x -> x.optimizer() == train.optimizer()).findFirst()
                .orElse(null);
        Expect.that(s + ": optimizer", opt != null && opt.config().equals(s.config().optimizer()),
                "optimizers.create(" + s.config().optimizer() + ")", opt == null ? "an optimizer from elsewhere"
                        : "optimizers.create(" + opt.config() + ")");
        TrainingConfig expected = new TrainingConfig(s.config().epochs(), s.config().batchSize(), true, null);
        Expect.that(s + ": training configuration", expected.equals(train.config()), expected.toString(),
                String.valueOf(train.config()));
        Expect.that(s + ": validation set", train.validation() == null, "null", "a data set");
        checkResult(r);
    }
}
