package dlecon.reference.demo;

import dlecon.api.Exercise;
import dlecon.api.Solutions;
import dlecon.api.data.Dataset;
import dlecon.api.data.LogicTables;
import dlecon.api.data.Preprocessing;
import dlecon.api.e2.Perceptron;
import dlecon.api.e2.PerceptronFactory;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.EarlyStopping;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MarslandMlp;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.e3.TrainingConfig;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The demonstration of the first half of the course, run through the API against whatever implementation is on
 * the class path (the reference by default): the perceptron on AND, OR and XOR, Marsland's MLP and a layer-based
 * MLP on XOR, and both on Iris, each over several fixed seeds.
 */
public final class Demo {

    private final PerceptronFactory perceptrons;
    private final MlpFactory mlp;
    private final OptimizerFactory optimizers;
    private final int seeds;

    /**
     * @param seeds number of seeds (0 .. seeds-1) of each stochastic experiment
     */
    public Demo(PerceptronFactory perceptrons, MlpFactory mlp, OptimizerFactory optimizers, int seeds) {
        this.perceptrons = perceptrons;
        this.mlp = mlp;
        this.optimizers = optimizers;
        this.seeds = seeds;
    }

    /** Usage: {@code Demo [--seeds N]} (default 10 seeds: 0 .. N-1). */
    public static void main(String[] args) {
        int seeds = 10;
        for (int i = 0; i < args.length; i++) {
            if ("--seeds".equals(args[i]) && i + 1 < args.length) {
                seeds = Integer.parseInt(args[++i]);
            } else {
                System.err.println("usage: Demo [--seeds N]");
                System.exit(2);
            }
        }
        Demo demo = new Demo(Solutions.load(Exercise.E2, PerceptronFactory.class),
                Solutions.load(Exercise.E3, MlpFactory.class),
                Solutions.load(Exercise.E4, OptimizerFactory.class), seeds);
        System.out.print(DemoTable.format(demo.run()));
    }

    /** Runs every experiment and returns the table rows. */
    public List<DemoRow> run() {
        List<DemoRow> rows = new ArrayList<>();
        rows.add(perceptron("AND", LogicTables.and(), "converges"));
        rows.add(perceptron("OR", LogicTables.or(), "converges"));
        rows.add(perceptron("XOR", LogicTables.xor(), "never learned"));
        rows.add(marslandXor());
        rows.add(layeredXor());
        rows.add(marslandIris());
        rows.add(layeredIris());
        return rows;
    }

    private DemoRow perceptron(String name, Dataset d, String course) {
        Perceptron p = perceptrons.create(2, 1);
        int solvedAt = -1;
        for (int it = 1; it <= 20 && solvedAt < 0; it++) {
            p.trainStep(d.x(), d.t(), 0.25);
            if (p.accuracy(d.x(), d.t()) == 1.0) {
                solvedAt = it;
            }
        }
        double[][] w = p.weights();
        String result = (solvedAt > 0 ? "100% after " + solvedAt + " iterations" : String.format(Locale.ROOT,
                "%.0f%% after 20 iterations", 100 * p.accuracy(d.x(), d.t())))
                + String.format(Locale.ROOT, ", W = [%.2f, %.2f, %.2f]", w[0][0], w[1][0], w[2][0]);
        return new DemoRow("perceptron " + name, "W0 = 0, eta .25, bias input -1", result, course);
    }

    private DemoRow marslandXor() {
        Dataset d = LogicTables.xor();
        int solved = 0;
        for (int s = 0; s < seeds; s++) {
            MarslandMlp net = mlp.marsland(2, 2, 1, 1.0, 0.9, OutputKind.LOGISTIC, new SplittableRandom(s));
            net.train(d.x(), d.t(), 0.25, 5001);
            solved += mlp.accuracy(net.confusionMatrix(d.x(), d.t())) == 1.0 ? 1 : 0;
        }
        return new DemoRow("Marsland MLP XOR", "2 hidden, logistic, eta .25, momentum .9, 5001 it.",
                solved + "/" + seeds + " seeds 100% correct", "89/100 seeds");
    }

    private DemoRow layeredXor() {
        Dataset d = LogicTables.xor();
        int solved = 0;
        for (int s = 0; s < seeds; s++) {
            SplittableRandom rng = new SplittableRandom(s);
            Network net = mlp.network(List.of(mlp.dense(2, 4, InitKind.XAVIER_UNIFORM, rng),
                    mlp.activationLayer(ActivationKind.TANH), mlp.dense(4, 1, InitKind.XAVIER_UNIFORM, rng),
                    mlp.outputLayer(OutputKind.LOGISTIC)));
            mlp.trainer().train(net, mlp.loss(LossKind.BINARY_CROSS_ENTROPY),
                    optimizers.create(OptimizerConfig.Adam.withEta(0.05)), d, null,
                    new TrainingConfig(500, TrainingConfig.FULL_BATCH, false, null), rng);
            solved += mlp.accuracy(mlp.confusionMatrix(net.predict(d.x()), d.t())) == 1.0 ? 1 : 0;
        }
        return new DemoRow("layered MLP XOR", "2-4-1 tanh, logistic + BCE, Adam .05, 500 epochs",
                solved + "/" + seeds + " seeds 100% correct", "100%");
    }

    private DemoRow marslandIris() {
        double[] acc = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            SplittableRandom rng = new SplittableRandom(s);
            Preprocessing.Split split = Preprocessing.irisSplit(rng);
            MarslandMlp net = mlp.marsland(4, 5, 3, 1.0, 0.9, OutputKind.LOGISTIC, rng);
            net.earlyStopping(split.train().x(), split.train().t(), split.validation().x(),
                    split.validation().t(), 0.1, 100);
            acc[s] = mlp.accuracy(net.confusionMatrix(split.test().x(), split.test().t()));
        }
        return new DemoRow("Marsland MLP Iris", "5 hidden, logistic, eta .1, early stopping",
                summary(acc), "mean 95.5%, min 89.2%");
    }

    private DemoRow layeredIris() {
        double[] acc = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            SplittableRandom rng = new SplittableRandom(s);
            Preprocessing.Split split = Preprocessing.irisSplit(rng);
            Network net = mlp.network(List.of(mlp.dense(4, 8, InitKind.XAVIER_UNIFORM, rng),
                    mlp.activationLayer(ActivationKind.TANH), mlp.dense(8, 3, InitKind.XAVIER_UNIFORM, rng),
                    mlp.outputLayer(OutputKind.SOFTMAX)));
            mlp.trainer().train(net, mlp.loss(LossKind.SOFTMAX_CROSS_ENTROPY),
                    optimizers.create(OptimizerConfig.Adam.withEta(0.01)), split.train(), split.validation(),
                    new TrainingConfig(0, 16, true, new EarlyStopping(20, 1e-4, 50)), rng);
            acc[s] = mlp.accuracy(mlp.confusionMatrix(net.predict(split.test().x()), split.test().t()));
        }
        return new DemoRow("layered MLP Iris", "4-8-3 tanh, softmax + CE, Adam .01, batch 16, early stop.",
                summary(acc), ">= 85%");
    }

    private String summary(double[] acc) {
        double mean = 0;
        double min = 1;
        for (double a : acc) {
            mean += a / acc.length;
            min = Math.min(min, a);
        }
        return String.format(Locale.ROOT, "test accuracy mean %.1f%%, min %.1f%% (%d seeds)", 100 * mean,
                100 * min, acc.length);
    }
}
