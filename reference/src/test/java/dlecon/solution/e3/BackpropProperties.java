package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e3.Activation;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.nn.Layer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Back-propagation equals finite differences ({@link GradientCheck}) for random architectures: 1 to 4 hidden
 * layers of width 1 to 5 with any hidden activation, every valid output/loss pair, input widths 1 to 3, batches of
 * 1 to 6 rows, random weights, biases, inputs and targets. QuickTheories shrinks a failing case to a small one and
 * the message names the layer and parameter whose gradient is wrong.
 */
class BackpropProperties {

    private static final long SEED = 31337L;
    private static final int EXAMPLES = 250;
    /** At most this fraction of entries may be skipped for ReLU kinks, so the property cannot pass vacuously. */
    private static final double MAX_SKIPPED = 0.05;

    private static final MlpFactory F = new MlpSolution();

    /** The valid (output function, loss) pairs: MSE with any output, BCE with logistic, softmax CE with softmax. */
    private static final List<OutputKind> OUTPUTS = List.of(OutputKind.IDENTITY, OutputKind.LOGISTIC,
            OutputKind.SOFTMAX, OutputKind.LOGISTIC, OutputKind.SOFTMAX);
    private static final List<LossKind> LOSSES = List.of(LossKind.MSE, LossKind.MSE, LossKind.MSE,
            LossKind.BINARY_CROSS_ENTROPY, LossKind.SOFTMAX_CROSS_ENTROPY);

    /** One generated architecture and data set. */
    record Case(int nIn, int[] hidden, ActivationKind[] activations, int nOut, int pair, int batch, long seed) {

        OutputKind output() {
            return OUTPUTS.get(pair);
        }

        LossKind loss() {
            return LOSSES.get(pair);
        }

        @Override
        public String toString() {
            return "Case[nIn=" + nIn + ", hidden=" + Arrays.toString(hidden) + ", activations="
                    + Arrays.toString(activations) + ", nOut=" + nOut + ", output=" + output() + ", loss=" + loss()
                    + ", batch=" + batch + ", seed=" + seed + "]";
        }

        /** dense, activation, ..., dense, output; weights Xavier, biases U(-0.5, 0.5). */
        Network network() {
            SplittableRandom rng = new SplittableRandom(seed);
            List<Layer> layers = new ArrayList<>();
            int width = nIn;
            for (int i = 0; i < hidden.length; i++) {
                layers.add(F.dense(width, hidden[i], InitKind.XAVIER_UNIFORM, rng));
                layers.add(F.activationLayer(activations[i]));
                width = hidden[i];
            }
            layers.add(F.dense(width, nOut, InitKind.XAVIER_UNIFORM, rng));
            layers.add(F.outputLayer(output()));
            Network net = F.network(layers);
            for (Parameter p : net.parameters()) {
                if (p.rows() == 1) {
                    for (int i = 0; i < p.size(); i++) {
                        p.values()[i] = rng.nextDouble(-0.5, 0.5);
                    }
                }
            }
            return net;
        }

        double[][] inputs() {
            SplittableRandom rng = new SplittableRandom(seed + 1);
            double[][] x = new double[batch][nIn];
            for (double[] row : x) {
                for (int k = 0; k < nIn; k++) {
                    row[k] = rng.nextDouble(-2, 2);
                }
            }
            return x;
        }

        /** MSE: U(-1, 1); BCE: probabilities in [0, 1]; softmax CE: one-hot or a probability row. */
        double[][] targets() {
            SplittableRandom rng = new SplittableRandom(seed + 2);
            double[][] t = new double[batch][nOut];
            for (double[] row : t) {
                switch (loss()) {
                    case MSE -> {
                        for (int k = 0; k < nOut; k++) {
                            row[k] = rng.nextDouble(-1, 1);
                        }
                    }
                    case BINARY_CROSS_ENTROPY -> {
                        for (int k = 0; k < nOut; k++) {
                            row[k] = rng.nextBoolean() ? rng.nextInt(2) : rng.nextDouble();
                        }
                    }
                    case SOFTMAX_CROSS_ENTROPY -> {
                        if (rng.nextBoolean()) {
                            row[rng.nextInt(nOut)] = 1;
                        } else {
                            double sum = 0;
                            for (int k = 0; k < nOut; k++) {
                                row[k] = rng.nextDouble();
                                sum += row[k];
                            }
                            for (int k = 0; k < nOut; k++) {
                                row[k] /= sum;
                            }
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            return t;
        }
    }

    static Gen<Case> cases() {
        Gen<int[]> sizes = integers().between(1, 4).zip(integers().between(1, 3), integers().between(1, 3),
                integers().between(0, 4), integers().between(1, 6),
                (depth, nIn, nOut, pair, batch) -> new int[] {depth, nIn, nOut, pair, batch});
        Gen<int[]> widths = Generate.intArrays(Generate.constant(4), integers().between(1, 5));
        Gen<int[]> activations = Generate.intArrays(Generate.constant(4),
                integers().between(0, ActivationKind.values().length - 1));
        return sizes.zip(widths, activations, longs().all(), (s, w, a, seed) -> {
            int depth = s[0];
            ActivationKind[] kinds = new ActivationKind[depth];
            for (int i = 0; i < depth; i++) {
                kinds[i] = ActivationKind.values()[a[i]];
            }
            // Softmax over one output is the constant 1; give softmax pairs at least two outputs.
            int nOut = OUTPUTS.get(s[3]) == OutputKind.SOFTMAX ? s[2] + 1 : s[2];
            return new Case(s[1], Arrays.copyOf(w, depth), kinds, nOut, s[3], s[4], seed);
        });
    }

    @Test
    void backpropagationEqualsFiniteDifferences() {
        int[] totals = new int[2];
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            GradientCheck.Report report = GradientCheck.check(c.network(), c.inputs(), c.targets(),
                    F.loss(c.loss()));
            if (!report.passed()) {
                fail("%d gradient entries disagree with finite differences, e.g.%n%s", report.mismatches().size(),
                        report.describe());
            }
            totals[0] += report.checked();
            totals[1] += report.skipped();
        });
        assertThat((double) totals[1] / (totals[0] + totals[1]))
                .as("fraction of entries skipped at ReLU kinks (%d of %d)", totals[1], totals[0] + totals[1])
                .isLessThan(MAX_SKIPPED);
    }

    @Test
    void theCheckCatchesAWrongActivationDerivative() {
        // sigmoid whose derivative forgets the factor (1 - g): every gradient below that layer is wrong.
        Activation wrong = new Activation() {
            @Override
            public double value(double z) {
                return Sigmoid.sigmoid(z);
            }

            @Override
            public double derivative(double z) {
                return Sigmoid.sigmoid(z);
            }
        };
        SplittableRandom rng = new SplittableRandom(5);
        Network net = F.network(List.of(F.dense(2, 3, InitKind.XAVIER_UNIFORM, rng),
                new ActivationLayer("sigmoid with a wrong derivative", wrong),
                F.dense(3, 1, InitKind.XAVIER_UNIFORM, rng), F.outputLayer(OutputKind.IDENTITY)));
        GradientCheck.Report report = GradientCheck.check(net, new double[][] {{0.3, -0.7}, {1.1, 0.4}},
                new double[][] {{0.5}, {-0.2}}, F.loss(LossKind.MSE));
        assertThat(report.passed()).as("the check must fail").isFalse();
        assertThat(report.mismatches()).anyMatch(m -> m.startsWith("layer 0 (dense(2x3)) parameter dense(2x3).W"));
        assertThat(report.mismatches()).anyMatch(m -> m.startsWith("input gradient"));
        assertThat(report.mismatches()).noneMatch(m -> m.startsWith("layer 2"));
    }

    @Test
    void theCheckCatchesAMissingBiasGradient() {
        SplittableRandom rng = new SplittableRandom(6);
        Layer dense = F.dense(2, 2, InitKind.XAVIER_UNIFORM, rng);
        Layer noBiasGradient = new Layer() {
            @Override
            public String name() {
                return "buggy " + dense.name();
            }

            @Override
            public int inputSize() {
                return dense.inputSize();
            }

            @Override
            public int outputSize() {
                return dense.outputSize();
            }

            @Override
            public double[][] forward(double[][] input, boolean training) {
                return dense.forward(input, training);
            }

            @Override
            public double[][] backward(double[][] gradOutput) {
                double[][] dx = dense.backward(gradOutput);
                dense.parameters().get(1).zeroGradients();
                return dx;
            }

            @Override
            public List<Parameter> parameters() {
                return dense.parameters();
            }
        };
        Network net = F.network(List.of(F.dense(1, 2, InitKind.XAVIER_UNIFORM, rng),
                F.activationLayer(ActivationKind.TANH), noBiasGradient, F.outputLayer(OutputKind.SOFTMAX)));
        GradientCheck.Report report = GradientCheck.check(net, new double[][] {{0.3}, {-0.9}},
                new double[][] {{1, 0}, {0, 1}}, F.loss(LossKind.SOFTMAX_CROSS_ENTROPY));
        assertThat(report.mismatches()).isNotEmpty()
                .allMatch(m -> m.startsWith("layer 2 (buggy dense(2x2)) parameter dense(2x2).b"));
    }

    @Test
    void theErrorMeasureIsRelativeAboveTheFloorAndAbsoluteBelow() {
        assertThat(GradientCheck.error(1.0, 1.0 + 5e-7)).isCloseTo(5e-7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(GradientCheck.error(1e-12, -1e-12)).isEqualTo(2e-12 / GradientCheck.FLOOR);
        assertThat(GradientCheck.error(Double.NaN, 0)).isInfinite();
    }
}
