package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.data.LogicTables;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.InitKind;
import dlecon.api.e3.LossKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e3.Network;
import dlecon.api.e3.OutputKind;
import dlecon.api.nn.Layer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lecture's worked example (course-spec section 2): f(x) = max{0, x W + c} w + b with W = [[1,1],[1,1]],
 * c = [0,-1], w = [1,-2], b = 0 solves XOR exactly. Every number here is a small integer, so the checks are exact.
 */
class XorLectureTest {

    private final MlpFactory f = new MlpSolution();

    @Test
    void theLectureWeightsSolveXorExactly() {
        SplittableRandom rng = new SplittableRandom(1);
        Layer hidden = f.dense(2, 2, InitKind.XAVIER_UNIFORM, rng);
        Layer relu = f.activationLayer(ActivationKind.RELU);
        Layer out = f.dense(2, 1, InitKind.XAVIER_UNIFORM, rng);
        // W (row-major) and c
        System.arraycopy(new double[] {1, 1, 1, 1}, 0, hidden.parameters().get(0).values(), 0, 4);
        System.arraycopy(new double[] {0, -1}, 0, hidden.parameters().get(1).values(), 0, 2);
        // w (2 x 1) and b
        System.arraycopy(new double[] {1, -2}, 0, out.parameters().get(0).values(), 0, 2);
        out.parameters().get(1).values()[0] = 0;
        Network net = f.network(List.of(hidden, relu, out, f.outputLayer(OutputKind.IDENTITY)));

        double[][] x = LogicTables.inputs();
        double[][] h = relu.forward(hidden.forward(x, false), false);
        assertThat(h).isDeepEqualTo(new double[][] {{0, 0}, {1, 0}, {1, 0}, {2, 1}});
        assertThat(net.predict(x)).isDeepEqualTo(new double[][] {{0}, {1}, {1}, {0}});
        assertThat(f.loss(LossKind.MSE).value(net.predict(x), LogicTables.xor().t())).isEqualTo(0.0);
        assertThat(net.lossAndGradients(x, LogicTables.xor().t(), f.loss(LossKind.MSE), true)).isEqualTo(0.0);
        // At an exact minimum of the MSE every gradient is exactly zero.
        for (var p : net.parameters()) {
            for (double g : p.gradients()) {
                assertThat(Math.abs(g)).as("gradient of %s", p.name()).isEqualTo(0.0);
            }
        }
    }
}
