package dlecon.graders.e3;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.Exercise;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.EarlyStopping;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Property;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E3 graders of the network's contract (layer order, parameters, training flag, cleared gradients, the returned
 * loss), the confusion matrix on random outputs, and Marsland's early-stopping rule at its boundaries.
 */
@GraderSuite(exercise = Exercise.E3, visibility = Visibility.HIDDEN)
class E3NetworkHiddenGrader {

    /** Random confusion-matrix cases. */
    private static final int CONFUSION_EXAMPLES = 100;
    /**
     * lossAndGradients against forward, loss.gradient and backward done by hand: a fused output gradient ((y s - t)/N
     * instead of y (g - y.g) with g = -t/(N y)) differs by the rounding of a cancellation, about 1e-16 of the terms
     * (at most about 10 here) carried through a few layers: 1e-12 absolute leaves a factor 100, while a missing or
     * doubled term is off by 1e-3 or more.
     */
    private static final double FUSED_ABS = 1e-12;
    /** The same computation done twice, or by the network and by hand in the same order: a few ulps at most. */
    private static final double SAME_REL = 1e-14;

    @Test
    @DisplayName("network: forward through the layers in order with the training flag, backward in reverse, "
            + "parameters concatenated, and lossAndGradients clears the gradients and returns E")
    @Graded(points = 1, category = "network", task = Tasks.NETWORK,
            hint = "parameters() = the layers' parameters in layer order; lossAndGradients: zero every gradient, y = "
                    + "forward(x, training), E = loss.value(y, t), backward(loss.gradient(y, t)) through every layer "
                    + "(also the first, a layer that is not yours, and a network without parameters); return E")
    void networkFollowsItsLayers(MlpFactory mlp, TestSeed seed) {
        SplittableRandom rng = seed.random();
        for (int c = 0; c < 5; c++) {
            FlagLayer flag = new FlagLayer();
            List<Layer> layers = new ArrayList<>();
            LossKind loss;
            switch (c) {
                case 0 -> {
                    layers.addAll(List.of(mlp.dense(3, 4, InitKind.XAVIER_UNIFORM, rng), flag,
                            mlp.activationLayer(ActivationKind.SIGMOID), mlp.dense(4, 2, InitKind.HE_NORMAL, rng),
                            mlp.outputLayer(OutputKind.SOFTMAX)));
                    loss = LossKind.SOFTMAX_CROSS_ENTROPY;
                }
                case 1 -> {
                    layers.addAll(List.of(flag, mlp.activationLayer(ActivationKind.TANH), mlp.dense(3, 3,
                            InitKind.XAVIER_UNIFORM, rng), mlp.activationLayer(ActivationKind.SWISH), mlp.dense(3, 1,
                            InitKind.MARSLAND_UNIFORM, rng), mlp.outputLayer(OutputKind.LOGISTIC)));
                    loss = LossKind.BINARY_CROSS_ENTROPY;
                }
                case 2 -> {
                    layers.addAll(List.of(mlp.dense(3, 2, InitKind.XAVIER_UNIFORM, rng), flag));
                    loss = LossKind.MSE;
                }
                case 3 -> {
                    layers.addAll(List.of(flag, mlp.activationLayer(ActivationKind.TANH),
                            mlp.outputLayer(OutputKind.SOFTMAX)));
                    loss = LossKind.SOFTMAX_CROSS_ENTROPY;
                }
                default -> {
                    layers.addAll(List.of(flag, mlp.activationLayer(ActivationKind.IDENTITY),
                            new BackpropCase.Scale(3), mlp.dense(3, 2, InitKind.XAVIER_UNIFORM, rng),
                            mlp.outputLayer(OutputKind.IDENTITY)));
                    loss = LossKind.MSE;
                }
            }
            networkCase(mlp, rng, c, layers, flag, loss);
        }
    }

    /** One network of {@link #networkFollowsItsLayers}, with 3 inputs (the first) and 2 or 1 outputs. */
    private static void networkCase(MlpFactory mlp, SplittableRandom rng, int c, List<Layer> layers, FlagLayer flag,
                                    LossKind kind) {
        List<Layer> given = List.copyOf(layers);
        Network net = mlp.network(layers);
        layers.clear();
        String what = "network " + c + " " + given.stream().map(Layer::name).toList() + " with " + kind + ": ";
        Expect.that(what + "layers() in order", net.layers().equals(given), given.toString(),
                net.layers().toString());
        List<Parameter> ps = new ArrayList<>();
        given.forEach(l -> ps.addAll(l.parameters()));
        Expect.that(what + "parameters() = the layers' parameters in order", net.parameters().equals(ps),
                ps.size() + " parameters", net.parameters().size() + " parameters");
        int[] outs = {2, 1, 2, -1, 2};
        int nOut = c == 1 ? 1 : 2;
        int expectedIn = c == 3 ? -1 : 3;
        Expect.that(what + "inputSize and outputSize", net.inputSize() == expectedIn && net.outputSize() == outs[c],
                expectedIn + " and " + outs[c], net.inputSize() + " and " + net.outputSize());
        for (Parameter p : ps) {
            E3LayersPublicGrader.fill(p.values(), rng);
        }
        double[][] x = E3LayersPublicGrader.gaussian(rng, 4, 3);
        double[][] t = targets(kind, rng, 4, c == 3 ? 3 : nOut);
        double[][] x0 = E3ElementsPublicGrader.copy(x);
        double[][] t0 = E3ElementsPublicGrader.copy(t);
        Loss loss = mlp.loss(kind);
        // by hand: forward in order, backward in reverse
        double[][] h = x;
        for (Layer l : given) {
            h = l.forward(h, true);
        }
        double e = loss.value(h, t);
        double[][] g = loss.gradient(h, t);
        double[][] y = E3ElementsPublicGrader.copy(h);
        ps.forEach(Parameter::zeroGradients);
        for (int i = given.size() - 1; i >= 0; i--) {
            g = given.get(i).backward(g);
        }
        double[][] dx = g;
        List<double[]> grads = ps.stream().map(p -> p.gradients().clone()).toList();
        ps.forEach(p -> E3LayersPublicGrader.fill(p.gradients(), rng));
        double[][] netY = net.forward(x, true);
        Expect.that(what + "forward(x, true) passes training = true", flag.last == Boolean.TRUE, "true",
                String.valueOf(flag.last));
        for (int r = 0; r < y.length; r++) {
            Expect.close(what + "forward row " + r, netY[r], y[r], SAME_REL, 0);
        }
        net.zeroGradients();
        double[][] netDx = net.backward(loss.gradient(netY, t));
        for (int r = 0; r < dx.length; r++) {
            Expect.close(what + "backward: dE/dx row " + r, netDx[r], dx[r], SAME_REL, 0);
        }
        net.predict(x);
        Expect.that(what + "predict passes training = false", flag.last == Boolean.FALSE, "false",
                String.valueOf(flag.last));
        for (int round = 1; round <= 2; round++) {
            ps.forEach(p -> E3LayersPublicGrader.fill(p.gradients(), rng));
            double netE = net.lossAndGradients(x, t, loss, round == 1);
            Expect.that(what + "lossAndGradients passes its training flag", flag.last == (round == 1),
                    Boolean.toString(round == 1), String.valueOf(flag.last));
            Expect.close(what + "E returned by lossAndGradients (call " + round + ")", netE, e, SAME_REL, 0);
            for (int q = 0; q < ps.size(); q++) {
                Expect.close(what + "gradient of parameter " + q + " (" + ps.get(q).name() + ") after lossAndGradients "
                        + "call " + round + " (gradients held garbage before)", ps.get(q).gradients(), grads.get(q), 0,
                        FUSED_ABS);
            }
        }
        Expect.that(what + "x and t unchanged", Arrays.deepEquals(x, x0) && Arrays.deepEquals(t, t0), "unchanged",
                "modified");
    }

    private static double[][] targets(LossKind kind, SplittableRandom rng, int n, int k) {
        double[][] t = new double[n][k];
        for (double[] row : t) {
            if (kind == LossKind.SOFTMAX_CROSS_ENTROPY) {
                row[rng.nextInt(k)] = 1;
            } else {
                for (int j = 0; j < k; j++) {
                    row[j] = kind == LossKind.MSE ? rng.nextGaussian() : rng.nextInt(2);
                }
            }
        }
        return t;
    }

    @Test
    @DisplayName("confusion matrix and accuracy: threshold 0.5 for one output, argmax for several (QuickTheories)")
    @Graded(points = 1, category = "confusion matrix", task = Tasks.CLASSIFICATION,
            hint = "confusionMatrix: C[predicted][actual]; K = 1: classes y > 0.5 and t > 0.5 (2 x 2); K > 1: argmax "
                    + "of each row (K x K); accuracy = trace(C) / sum(C)")
    void confusionMatrixAndAccuracy(MlpFactory mlp, TestSeed seed) {
        Property.forAll(seed.value(), CONFUSION_EXAMPLES, integers().between(1, 4).zip(integers().between(1, 12),
                longs().all(), (k, n, s) -> new long[] {k, n, s}), c -> {
                    int k = (int) c[0];
                    int n = (int) c[1];
                    SplittableRandom rng = new SplittableRandom(c[2]);
                    double[][] y = new double[n][k];
                    double[][] t = new double[n][k];
                    int classes = k == 1 ? 2 : k;
                    int[][] expected = new int[classes][classes];
                    for (int r = 0; r < n; r++) {
                        for (int j = 0; j < k; j++) {
                            y[r][j] = rng.nextDouble();
                        }
                        int actual = rng.nextInt(classes);
                        if (k == 1) {
                            t[r][0] = actual;
                            expected[y[r][0] > 0.5 ? 1 : 0][actual]++;
                        } else {
                            t[r][actual] = 1;
                            int best = 0;
                            for (int j = 1; j < k; j++) {
                                best = y[r][j] > y[r][best] ? j : best;
                            }
                            expected[best][actual]++;
                        }
                    }
                    int[][] cm = mlp.confusionMatrix(y, t);
                    Expect.that("confusion matrix of " + n + " rows with " + k + " outputs",
                            Arrays.deepEquals(cm, expected), Arrays.deepToString(expected), Arrays.deepToString(cm));
                    int trace = 0;
                    for (int j = 0; j < classes; j++) {
                        trace += expected[j][j];
                    }
                    Expect.close("accuracy", mlp.accuracy(cm), (double) trace / n,
                            E3PublicGrader.ACCURACY_REL, 0);
                });
    }

    @Test
    @DisplayName("early stopping at its boundaries: improvement exactly equal to the tolerance, the (e2 - e1) test, "
            + "NaN, the block limit, a tolerance of 1 or more, validation losses above 100000")
    @Graded(points = 1, category = "early stopping", task = Tasks.EARLY_STOPPING,
            hint = "go on only while (e1 - e_new) > tol or (e2 - e1) > tol, strictly, checked before every block from "
                    + "e2 = 100002, e1 = 100001, e_new = 100000; stoppedEarly is true when that condition ended the "
                    + "run, even at the block limit")
    void earlyStoppingAtItsBoundaries(MlpFactory mlp, TestSeed seed) {
        // (10, 9.75, 9.5): both differences equal 0.25, not above it: stop after 3 blocks
        E3TrainingPublicGrader.earlyStopping(mlp, seed, new EarlyStopping(2, 0.25, 100),
                new double[] {10, 9.75, 9.5, 9}, 3, true);
        // e1 - e_new stops first; e2 - e1 keeps it going for two more blocks
        E3TrainingPublicGrader.earlyStopping(mlp, seed, new EarlyStopping(2, 0.25, 100),
                new double[] {10, 9.75, 9.375, 9.375, 9.375, 9}, 5, true);
        // (10, 9, NaN): e2 - e1 = 1 goes on; (9, NaN, NaN) stops
        E3TrainingPublicGrader.earlyStopping(mlp, seed, new EarlyStopping(1, 0.25, 100),
                new double[] {10, 9, Double.NaN, Double.NaN, 1}, 4, true);
        // the rule and the limit of 3 blocks at once: the rule ended it
        E3TrainingPublicGrader.earlyStopping(mlp, seed, new EarlyStopping(2, 0.25, 3),
                new double[] {10, 9.75, 9.5, 9}, 3, true);
        // one block allowed
        E3TrainingPublicGrader.earlyStopping(mlp, seed, new EarlyStopping(3, 0.25, 1), new double[] {10, 9}, 1, false);
        // the starting differences are 1: a tolerance of 1 or 1.5 stops before the first block
        E3TrainingPublicGrader.earlyStopping(mlp, seed, new EarlyStopping(2, 1.0, 100), new double[] {10, 9}, 0, true);
        E3TrainingPublicGrader.earlyStopping(mlp, seed, new EarlyStopping(2, 1.5, 100), new double[] {10, 9}, 0, true);
        // validation losses above the starting values: (100001, 100000, 2e5) goes on by e2 - e1 = 1
        E3TrainingPublicGrader.earlyStopping(mlp, seed, new EarlyStopping(1, 0.25, 100),
                new double[] {2e5, 199999.5, 199999.5, 199999.5, 1}, 4, true);
    }

    /** A parameter-free identity layer that records the training flag of its last forward pass. */
    private static final class FlagLayer implements Layer {
        private Boolean last;
        private double[][] input;

        @Override
        public String name() {
            return "the grader's flag layer";
        }

        @Override
        public int inputSize() {
            return -1;
        }

        @Override
        public int outputSize() {
            return -1;
        }

        @Override
        public double[][] forward(double[][] x, boolean training) {
            last = training;
            input = x;
            return E3ElementsPublicGrader.copy(x);
        }

        @Override
        public double[][] backward(double[][] gradOutput) {
            if (input == null) {
                throw new IllegalStateException("flag layer: backward before forward");
            }
            return E3ElementsPublicGrader.copy(gradOutput);
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }
    }
}
