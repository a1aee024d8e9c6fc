package dlecon.solution.e4;

import static dlecon.testing.Close.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Optimizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link Optimizer} contract: look-ahead, returned E, state per parameter and per optimizer, bad arguments. */
class OptimizerContractTest {

    /** Values that pass through at most a handful of roundings. */
    private static final double TIGHT = 1e-12;

    private final OptimizerFactory factory = new OptimizerSolution();

    @Test
    void nesterovEvaluatesAtTheLookAheadPointAndMovesBack() {
        Optimizer nesterov = factory.create(new OptimizerConfig.Nesterov(0.1, 0.9));
        ArrayParameter xy = ArrayParameter.of("xy", 1.0, 1.0);
        SeparableQuadratic f = SeparableQuadratic.course(xy);
        List<double[]> seen = new ArrayList<>();
        double[] returned = new double[3];
        for (int t = 0; t < 3; t++) {
            returned[t] = nesterov.step(List.of(xy), () -> {
                seen.add(xy.values().clone());
                return f.evaluate();
            });
        }
        // t = 1: v = 0, the gradient is taken at (1, 1); then v = (.1, .4) and theta = (.9, .6).
        assertRelative("look-ahead at t=1", seen.get(0), new double[] {1, 1}, TIGHT);
        // t = 2: the look-ahead point is theta - 0.9 v = (.9 - .09, .6 - .36) = (.81, .24).
        assertRelative("look-ahead at t=2", seen.get(1), new double[] {0.81, 0.24}, TIGHT);
        // step returns E at the point where the objective was evaluated: 1/2 (.81^2 + 4 * .24^2).
        assertRelative("E returned at t=2", returned[1], 0.5 * (0.81 * 0.81 + 4 * 0.24 * 0.24), TIGHT);
        // After the step the values are theta - v: (.729, .144), not the look-ahead point.
        assertRelative("theta after t=3 look-ahead",
                seen.get(2), new double[] {0.729 - 0.9 * 0.171, 0.144 - 0.9 * 0.456}, TIGHT);
    }

    @Test
    void stepReturnsTheObjectiveValue() {
        for (OptimizerConfig config : List.of(OptimizerConfig.Sgd.defaults(), OptimizerConfig.Momentum.defaults(),
                OptimizerConfig.AdaGrad.defaults(), OptimizerConfig.RmsProp.defaults(),
                OptimizerConfig.Adam.defaults(), OptimizerConfig.AnnealedSgd.defaults())) {
            Optimizer opt = factory.create(config);
            ArrayParameter xy = ArrayParameter.of("xy", 1.0, 1.0);
            SeparableQuadratic f = SeparableQuadratic.course(xy);
            assertThat(opt.step(List.of(xy), f)).as("E of the first step of %s", config).isEqualTo(2.5);
        }
    }

    @Test
    void stateIsPerParameterPosition() {
        // Two parameters with different gradient histories: momentum's velocity must follow each one.
        Optimizer momentum = factory.create(new OptimizerConfig.Momentum(0.1, 0.5));
        ArrayParameter a = ArrayParameter.of("a", 0.0);
        ArrayParameter b = ArrayParameter.of("b", 0.0, 0.0);
        List<ArrayParameter> both = List.of(a, b);
        Runnable gradients = () -> {
            a.gradients()[0] = 1;
            b.gradients()[0] = -2;
            b.gradients()[1] = 0;
        };
        momentum.step(both, () -> {
            gradients.run();
            return 0;
        });
        momentum.step(both, () -> {
            gradients.run();
            return 0;
        });
        // a: v1 = .1, v2 = .05 + .1 = .15 -> a = -.25; b0: v = -.2, -.3 -> b0 = .5; b1 never moves.
        assertRelative("a", a.values()[0], -0.25, TIGHT);
        assertRelative("b", b.values(), new double[] {0.5, 0.0}, TIGHT);
    }

    @Test
    void eachOptimizerHasItsOwnState() {
        Optimizer first = factory.create(OptimizerConfig.Adam.defaults());
        ArrayParameter p = ArrayParameter.of("p", 1.0);
        SeparableQuadratic f = new SeparableQuadratic(List.of(p), new double[][] {{1}}, new double[][] {{0}});
        first.step(List.of(p), f);
        first.step(List.of(p), f);
        Optimizer second = factory.create(OptimizerConfig.Adam.defaults());
        assertThat(second.steps()).isZero();
        ArrayParameter q = ArrayParameter.of("q", 1.0);
        second.step(List.of(q), new SeparableQuadratic(List.of(q), new double[][] {{1}}, new double[][] {{0}}));
        // A fresh Adam's first step is eta * g / (|g| + eps) = 0.001 (1 - 1e-8), whatever the other one did.
        assertRelative("first step of a fresh Adam", 1 - q.values()[0], 0.001 * (1 / (1 + 1e-8)), TIGHT);
    }

    @Test
    void aDifferentParameterListIsRefused() {
        Optimizer adam = factory.create(OptimizerConfig.Adam.defaults());
        ArrayParameter p = ArrayParameter.zeros("p", 2, 3);
        adam.step(List.of(p), () -> 0);
        assertThatThrownBy(() -> adam.step(List.of(p, ArrayParameter.zeros("q", 1, 1)), () -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same list");
        assertThatThrownBy(() -> adam.step(List.of(ArrayParameter.zeros("r", 3, 3)), () -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r");
        Optimizer sgd = factory.create(OptimizerConfig.Sgd.defaults());
        sgd.step(List.of(p), () -> 0);
        assertThatThrownBy(() -> sgd.step(List.of(ArrayParameter.zeros("s", 1, 5)), () -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same list");
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> factory.create(null)).isInstanceOf(IllegalArgumentException.class);
        Optimizer sgd = factory.create(OptimizerConfig.Sgd.defaults());
        assertThatThrownBy(() -> sgd.step(null, () -> 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> sgd.step(List.of(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNanGradientShowsUpInTheValues() {
        Optimizer adam = factory.create(OptimizerConfig.Adam.defaults());
        ArrayParameter p = ArrayParameter.of("p", 1.0);
        double e = adam.step(List.of(p), () -> {
            p.gradients()[0] = Double.NaN;
            return Double.NaN;
        });
        assertThat(e).isNaN();
        assertThat(p.values()[0]).isNaN();
    }

    @Test
    void decayingStateIsFlushedBeforeItBecomesSubnormal() {
        // An entry of 1e-280 multiplied by 0.9 each step reaches 1e-300 after ln(1e-20) / ln(0.9) = 437 steps:
        // flushes every 437 steps keep it normal. Subnormal arithmetic measured 7 times slower for Adam.
        assertThat(StatefulOptimizer.flushDue(437, 0.9)).isTrue();
        assertThat(StatefulOptimizer.flushDue(436, 0.9)).isFalse();
        assertThat(StatefulOptimizer.flushDue(874, 0.9)).isTrue();
        assertThat(StatefulOptimizer.flushDue(46_028, 0.999)).isTrue();
        assertThat(StatefulOptimizer.flushDue(437, 0.0)).as("no decay to flush when the factor is 0").isFalse();
        double[] state = {1e-300, -1e-290, 1e-279, -0.5, Double.MIN_VALUE, Double.NaN};
        StatefulOptimizer.flushTiny(state);
        assertThat(state).containsExactly(0, 0, 1e-279, -0.5, 0, Double.NaN);
    }
}
