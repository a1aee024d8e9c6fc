package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.Loss;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sequential network: parameters, shapes, lossAndGradients and its fused output gradients. */
class NetworkTest {

    /** Fused and generic gradients: the same value through different roundings. */
    private static final double SAME_VALUE = 1e-10;

    private final MlpFactory f = new MlpSolution();

    private Network small(SplittableRandom rng, OutputKind output) {
        return f.network(List.of(f.dense(3, 4, InitKind.XAVIER_UNIFORM, rng), f.activationLayer(ActivationKind.TANH),
                f.dense(4, 2, InitKind.XAVIER_UNIFORM, rng), f.outputLayer(output)));
    }

    @Test
    void parametersAreTheLayersParametersInOrder() {
        Network net = small(new SplittableRandom(1), OutputKind.IDENTITY);
        List<Parameter> expected = new ArrayList<>();
        net.layers().forEach(l -> expected.addAll(l.parameters()));
        assertThat(net.parameters()).hasSize(4).containsExactlyElementsOf(expected);
        assertThat(net.inputSize()).isEqualTo(3);
        assertThat(net.outputSize()).isEqualTo(2);
        assertThat(net.layers()).hasSize(4);
    }

    @Test
    void shapeErrors() {
        SplittableRandom rng = new SplittableRandom(2);
        assertThatThrownBy(() -> f.network(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.network(List.of(f.dense(2, 3, InitKind.HE_NORMAL, rng),
                f.activationLayer(ActivationKind.RELU), f.dense(4, 1, InitKind.HE_NORMAL, rng))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer 2 (dense(4x1))");
        Network net = small(rng, OutputKind.IDENTITY);
        assertThatThrownBy(() -> net.predict(new double[][] {{1, 2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 columns");
        assertThatThrownBy(() -> net.lossAndGradients(new double[][] {{1, 2, 3}}, new double[][] {{1}},
                f.loss(LossKind.MSE), true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lossAndGradientsClearsOldGradientsAndReturnsTheLoss() {
        Network net = small(new SplittableRandom(3), OutputKind.IDENTITY);
        double[][] x = {{0.1, 0.2, 0.3}, {-1, 0.5, 2}};
        double[][] t = {{1, 0}, {0, 1}};
        Loss mse = f.loss(LossKind.MSE);
        double e = net.lossAndGradients(x, t, mse, true);
        assertThat(e).isEqualTo(mse.value(net.predict(x), t));
        double[] first = net.parameters().get(0).gradients().clone();
        net.lossAndGradients(x, t, mse, true);
        assertThat(net.parameters().get(0).gradients()).containsExactly(first);
    }

    @Test
    void fusedOutputGradientsEqualTheGenericChainRule() {
        // lossAndGradients fuses softmax + softmax CE and logistic + BCE; forward + loss.gradient + backward does
        // not. Both must give the same parameter gradients.
        qt().withFixedSeed(4).withExamples(100).forAll(org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert(seed -> {
                    for (OutputKind output : List.of(OutputKind.SOFTMAX, OutputKind.LOGISTIC)) {
                        SplittableRandom rng = new SplittableRandom(seed);
                        Network net = small(rng, output);
                        Loss loss = f.loss(output == OutputKind.SOFTMAX ? LossKind.SOFTMAX_CROSS_ENTROPY
                                : LossKind.BINARY_CROSS_ENTROPY);
                        double[][] x = new double[5][3];
                        double[][] t = new double[5][2];
                        for (int r = 0; r < 5; r++) {
                            for (int k = 0; k < 3; k++) {
                                x[r][k] = rng.nextDouble(-2, 2);
                            }
                            // one-hot rows, and rows of weights that do not sum to 1 (dE/da = y sum(t) - t)
                            if (r % 2 == 0) {
                                t[r][rng.nextInt(2)] = 1;
                            } else {
                                t[r][0] = rng.nextDouble();
                                t[r][1] = rng.nextDouble();
                            }
                        }
                        net.lossAndGradients(x, t, loss, true);
                        List<double[]> fused = new ArrayList<>();
                        net.parameters().forEach(p -> fused.add(p.gradients().clone()));
                        net.zeroGradients();
                        net.backward(loss.gradient(net.forward(x, true), t));
                        for (int i = 0; i < fused.size(); i++) {
                            double[] generic = net.parameters().get(i).gradients();
                            for (int j = 0; j < generic.length; j++) {
                                assertThat(Math.abs(fused.get(i)[j] - generic[j]))
                                        .as("%s: parameter %s entry %d", output, net.parameters().get(i).name(), j)
                                        .isLessThanOrEqualTo(SAME_VALUE * Math.max(1, Math.abs(generic[j])));
                            }
                        }
                    }
                });
    }

    @Test
    void fusedGradientSurvivesASaturatedLogistic() {
        // a = 100 gives y = 1.0 exactly in floating point; with t = 0 the chain rule through the clamped BCE would
        // give dE/da = y (1 - y) * ... = 0 and training would stall. The fused form gives dE/da = y - t = 1.
        Layer dense = f.dense(1, 1, InitKind.XAVIER_UNIFORM, new SplittableRandom(5));
        dense.parameters().get(0).values()[0] = 100;
        Network net = f.network(List.of(dense, f.outputLayer(OutputKind.LOGISTIC)));
        double e = net.lossAndGradients(new double[][] {{1}}, new double[][] {{0}},
                f.loss(LossKind.BINARY_CROSS_ENTROPY), true);
        assertThat(e).isFinite().isGreaterThan(30);
        assertThat(dense.parameters().get(0).gradients()[0]).isEqualTo(1.0);
        assertThat(dense.parameters().get(1).gradients()[0]).isEqualTo(1.0);
    }

    @Test
    void theNetworkIsALayer() {
        Network net = small(new SplittableRandom(6), OutputKind.IDENTITY);
        double[][] x = {{0.5, -0.5, 1}};
        double[][] y = net.forward(x, true);
        double[][] manual = x;
        for (Layer l : net.layers()) {
            manual = l.forward(manual, true);
        }
        assertThat(y).isDeepEqualTo(manual);
        assertThat(net.predict(x)).isDeepEqualTo(y);
        net.forward(x, true);
        assertThat(net.backward(new double[][] {{1, 0}})).hasDimensions(1, 3);
        assertThat(x).isDeepEqualTo(new double[][] {{0.5, -0.5, 1}});
    }
}
