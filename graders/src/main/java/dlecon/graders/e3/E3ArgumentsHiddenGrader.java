package dlecon.graders.e3;

import dlecon.api.data.Dataset;
import dlecon.api.Exercise;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.EarlyStopping;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MarslandMlp;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.OutputKind;
import dlecon.api.e3.TrainingConfig;
import dlecon.api.nn.Layer;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.SafeText;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden E3 grader of the argument checks the API documents. Each case first makes a valid call (so an unfinished
 * method earns nothing), then expects the documented exception from a bad one.
 */
@GraderSuite(exercise = Exercise.E3, visibility = Visibility.HIDDEN)
class E3ArgumentsHiddenGrader {

    private static final Class<IllegalArgumentException> BAD = IllegalArgumentException.class;
    private static final Class<IllegalStateException> STATE = IllegalStateException.class;

    @Test
    @DisplayName("bad arguments are refused as documented: shapes of losses and layers, backward before forward, NaN "
            + "outputs in a confusion matrix, bad accuracy input, training without data, bad Marsland arguments")
    @Graded(points = 1.5, category = "argument checks", task = Tasks.ARGUMENTS,
            hint = "IllegalArgumentException for the bad inputs each method's Javadoc lists; IllegalStateException for "
                    + "backward before any forward pass and for NaN outputs of Marsland's confusionMatrix")
    void badArgumentsAreRefused(MlpFactory mlp, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        double[][] y2 = {{0.2, 0.8}, {0.6, 0.4}};
        double[][] t2 = {{0, 1}, {1, 0}};
        for (LossKind kind : LossKind.values()) {
            credit.check(kind + " of y and t of different shapes, of no rows, of null targets", () -> {
                Loss loss = mlp.loss(kind);
                loss.value(y2, t2);
                loss.gradient(y2, t2);
                expect(BAD, "value with t 2 x 3", () -> loss.value(y2, new double[][] {{0, 1, 0}, {1, 0, 0}}));
                expect(BAD, "gradient with t of 3 rows", () -> loss.gradient(y2, new double[][] {{0, 1}, {1, 0},
                    {1, 0}}));
                expect(BAD, "value of no rows", () -> loss.value(new double[0][], new double[0][]));
                expect(BAD, "gradient with t = null", () -> loss.gradient(y2, null));
            });
        }
        credit.check("dense layer: input of the wrong width, backward before forward, gradient of the wrong shape", () -> {
            Layer dense = mlp.dense(2, 3, InitKind.XAVIER_UNIFORM, rng);
            dense.forward(y2, true);
            dense.backward(new double[2][3]);
            expect(BAD, "forward of 2 x 3 input", () -> dense.forward(new double[2][3], true));
            expect(BAD, "backward of a 2 x 2 gradient", () -> dense.backward(new double[2][2]));
            expect(BAD, "backward of a 3 x 3 gradient", () -> dense.backward(new double[3][3]));
            expect(STATE, "backward of a new layer", () -> mlp.dense(2, 3, InitKind.HE_NORMAL, rng)
                    .backward(new double[2][3]));
            expect(BAD, "dense(0, 3)", () -> mlp.dense(0, 3, InitKind.XAVIER_UNIFORM, rng));
            expect(BAD, "initializer weights(2, 0)", () -> mlp.initializer(InitKind.MARSLAND_UNIFORM)
                    .weights(2, 0, rng));
        });
        for (ActivationKind kind : new ActivationKind[] {ActivationKind.TANH, ActivationKind.RELU}) {
            credit.check(kind + " layer: backward before forward, gradient of the wrong shape, no rows", () -> {
                Layer layer = mlp.activationLayer(kind);
                layer.forward(y2, true);
                layer.backward(t2);
                expect(BAD, "backward of a 2 x 3 gradient", () -> layer.backward(new double[2][3]));
                expect(BAD, "forward of no rows", () -> layer.forward(new double[0][], true));
                expect(STATE, "backward of a new layer", () -> mlp.activationLayer(kind).backward(t2));
            });
        }
        for (OutputKind kind : OutputKind.values()) {
            credit.check(kind + " output layer: backward before forward, gradient of the wrong shape", () -> {
                Layer layer = mlp.outputLayer(kind);
                layer.forward(y2, true);
                layer.backward(t2);
                expect(BAD, "backward of a 3 x 2 gradient", () -> layer.backward(new double[3][2]));
                expect(STATE, "backward of a new layer", () -> mlp.outputLayer(kind).backward(t2));
            });
        }
        credit.check("network of no layers or of mismatched widths", () -> {
            mlp.network(List.of(mlp.dense(2, 2, InitKind.XAVIER_UNIFORM, rng))).forward(y2, false);
            expect(BAD, "network(List.of())", () -> mlp.network(List.of()));
            expect(BAD, "dense 2 x 3 followed by dense 2 x 1", () -> mlp.network(List.of(mlp.dense(2, 3,
                    InitKind.XAVIER_UNIFORM, rng), mlp.dense(2, 1, InitKind.XAVIER_UNIFORM, rng))));
        });
        credit.check("confusion matrix with NaN outputs or different shapes; accuracy of a bad matrix", () -> {
            mlp.accuracy(mlp.confusionMatrix(y2, t2));
            expect(BAD, "NaN in the only column", () -> mlp.confusionMatrix(new double[][] {{0.7}, {Double.NaN}},
                    new double[][] {{1}, {0}}));
            expect(BAD, "NaN in the last column", () -> mlp.confusionMatrix(new double[][] {{0.1, 0.2, Double.NaN}},
                    new double[][] {{1, 0, 0}}));
            expect(BAD, "NaN in the first column", () -> mlp.confusionMatrix(new double[][] {{0.1, 0.2, 0.3},
                {Double.NaN, 0.2, 0.3}}, new double[][] {{1, 0, 0}, {0, 1, 0}}));
            expect(BAD, "y 2 x 2, t 2 x 3", () -> mlp.confusionMatrix(y2, new double[][] {{0, 1, 0}, {1, 0, 0}}));
            expect(BAD, "accuracy of a 2 x 3 matrix", () -> mlp.accuracy(new int[][] {{1, 2, 3}, {4, 5, 6}}));
            expect(BAD, "accuracy with a negative count", () -> mlp.accuracy(new int[][] {{1, -1}, {0, 2}}));
        });
        credit.check("trainer without training rows, or early stopping without a validation set", () -> {
            E3TrainingPublicGrader.Probe probe = new E3TrainingPublicGrader.Probe();
            probe.train(mlp, 3, new TrainingConfig(1, 0, false, null), false, seed.value());
            Dataset none = new Dataset(new double[0][], new double[0][]);
            Dataset three = new Dataset(new double[][] {{0.25}, {1.25}, {2.25}}, new double[][] {{0}, {1}, {2}});
            expect(BAD, "an empty training set", () -> mlp.trainer().train(probe, mlp.loss(LossKind.MSE),
                    new GraderRprop(0.1), none, null, TrainingConfig.defaults(), rng));
            expect(BAD, "early stopping without validation", () -> mlp.trainer().train(probe, mlp.loss(LossKind.MSE),
                    new GraderRprop(0.1), three, null, TrainingConfig.defaults().withEarlyStopping(
                            EarlyStopping.marsland()), rng));
        });
        credit.check("Marsland: bad sizes, beta, momentum and weights", () -> {
            MarslandMlp net = mlp.marsland(2, 2, 1, 1, 0.9, OutputKind.LOGISTIC, rng);
            net.weights1();
            expect(BAD, "nHidden = 0", () -> mlp.marsland(2, 0, 1, 1, 0.9, OutputKind.LOGISTIC, rng));
            expect(BAD, "beta = 0", () -> mlp.marsland(2, 2, 1, 0, 0.9, OutputKind.LOGISTIC, rng));
            expect(BAD, "momentum = 1", () -> mlp.marsland(2, 2, 1, 1, 1, OutputKind.LOGISTIC, rng));
            expect(BAD, "W1 of 2 rows", () -> net.setWeights(new double[2][2], new double[3][1]));
            expect(BAD, "W2 with NaN", () -> net.setWeights(new double[3][2], new double[][] {{0}, {Double.NaN},
                {0}}));
        });
        credit.check("Marsland: bad training and early-stopping arguments", () -> {
            MarslandMlp net = mlp.marsland(2, 2, 1, 1, 0.9, OutputKind.LOGISTIC, rng);
            double[][] x = {{0, 1}, {1, 0}};
            double[][] t = {{1}, {1}};
            net.train(x, t, 0.25, 1);
            expect(BAD, "eta = 0", () -> net.train(x, t, 0, 1));
            expect(BAD, "iterations = -1", () -> net.train(x, t, 0.25, -1));
            expect(BAD, "x with NaN", () -> net.train(new double[][] {{0, Double.NaN}, {1, 0}}, t, 0.25, 1));
            expect(BAD, "t of 3 rows", () -> net.train(x, new double[][] {{1}, {1}, {0}}, 0.25, 1));
            expect(BAD, "no rows", () -> net.train(new double[0][2], new double[0][1], 0.25, 1));
            expect(BAD, "iterationsPerBlock = 0", () -> net.earlyStopping(x, t, x, t, 0.25, 0));
            expect(BAD, "validT of 2 columns", () -> net.earlyStopping(x, t, x, new double[][] {{1, 0}, {0, 1}}, 0.25,
                    1));
            expect(BAD, "forward of x with 3 columns", () -> net.forward(new double[][] {{0, 1, 2}}));
        });
        credit.check("Marsland: confusion matrix of NaN outputs (overflowing softmax logits)", () -> {
            MarslandMlp net = mlp.marsland(1, 1, 2, 1, 0.9, OutputKind.SOFTMAX, rng);
            double[][] x = {{0}, {1}};
            double[][] t = {{1, 0}, {0, 1}};
            net.confusionMatrix(x, t);
            net.setWeights(new double[][] {{0}, {-50}}, new double[][] {{1e308, 1e308}, {-1e308, -1e308}});
            expect(STATE, "logits of +infinity", () -> net.confusionMatrix(x, t));
        });
    }

    /** Fails unless {@code call} throws an exception of the given type. */
    private static Throwable expect(Class<? extends Throwable> type, String what, Runnable call) {
        try {
            call.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return t;
            }
            Expect.that(what, false, type.getSimpleName(), SafeText.describe(t));
        }
        Expect.that(what, false, type.getSimpleName(), "no exception");
        return null;
    }
}
