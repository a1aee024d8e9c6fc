package dlecon.solution.e4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.nn.ArrayParameter;
import dlecon.api.nn.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the optimizers, as QuickTheories properties with fixed seeds. */
class OptimizerPropertiesTest {

    private static final long SEED = 20240417L;
    private static final int EXAMPLES = 200;

    private final OptimizerFactory factory = new OptimizerSolution();

    /** One of every optimizer, with the given learning rate and non-trivial other hyperparameters. */
    private static List<OptimizerConfig> allKinds(double eta) {
        return List.of(new OptimizerConfig.Sgd(eta), new OptimizerConfig.Momentum(eta, 0.8),
                new OptimizerConfig.Nesterov(eta, 0.7), new OptimizerConfig.AdaGrad(eta, 1e-8),
                new OptimizerConfig.RmsProp(eta, 0.9, 1e-8), OptimizerConfig.Adam.withEta(eta),
                new OptimizerConfig.AnnealedSgd(eta, 0.05));
    }

    private static Gen<OptimizerConfig> configs() {
        return doubles().between(1e-3, 0.5).zip(integers().between(0, 6), (eta, k) -> allKinds(eta).get(k));
    }

    /** A problem: parameters of random shapes with random values and a random separable quadratic on them. */
    private record Problem(List<ArrayParameter> parameters, double[][] c, double[][] d) {

        static Problem random(long seed) {
            SplittableRandom rng = new SplittableRandom(seed);
            int count = 1 + rng.nextInt(4);
            List<ArrayParameter> ps = new ArrayList<>();
            double[][] c = new double[count][];
            double[][] d = new double[count][];
            for (int p = 0; p < count; p++) {
                ArrayParameter a = ArrayParameter.zeros("p" + p, 1 + rng.nextInt(4), 1 + rng.nextInt(4));
                c[p] = new double[a.size()];
                d[p] = new double[a.size()];
                for (int j = 0; j < a.size(); j++) {
                    a.values()[j] = rng.nextDouble(-2, 2);
                    c[p][j] = rng.nextDouble(0.1, 5);
                    d[p][j] = rng.nextDouble(-1, 1);
                }
                ps.add(a);
            }
            return new Problem(ps, c, d);
        }

        SeparableQuadratic objective() {
            return new SeparableQuadratic(parameters, c, d);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("parameters");
            for (ArrayParameter p : parameters) {
                s.append(' ').append(p.rows()).append('x').append(p.cols());
            }
            return s.toString();
        }
    }

    private static List<double[]> trajectoryEnd(Optimizer opt, Problem problem, int steps) {
        SeparableQuadratic f = problem.objective();
        for (int t = 0; t < steps; t++) {
            opt.step(problem.parameters(), f);
        }
        List<double[]> out = new ArrayList<>();
        problem.parameters().forEach(p -> out.add(p.values().clone()));
        return out;
    }

    @Test
    void momentumWithGammaZeroEqualsSgd() {
        // v = 0 v + eta g = eta g exactly, so the two trajectories must agree bit for bit.
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(doubles().between(1e-3, 0.5), longs().all(), integers().between(1, 30))
                .checkAssert((eta, seed, steps) -> {
                    List<double[]> sgd = trajectoryEnd(factory.create(new OptimizerConfig.Sgd(eta)),
                            Problem.random(seed), steps);
                    List<double[]> momentum = trajectoryEnd(factory.create(new OptimizerConfig.Momentum(eta, 0)),
                            Problem.random(seed), steps);
                    assertThat(momentum).as("momentum(gamma 0) vs SGD").containsExactlyElementsOf(sgd);
                });
    }

    @Test
    void nesterovWithGammaZeroEqualsSgd() {
        // The look-ahead point theta - 0 v is theta itself.
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(doubles().between(1e-3, 0.5), longs().all(), integers().between(1, 30))
                .checkAssert((eta, seed, steps) -> {
                    List<double[]> sgd = trajectoryEnd(factory.create(new OptimizerConfig.Sgd(eta)),
                            Problem.random(seed), steps);
                    List<double[]> nesterov = trajectoryEnd(
                            factory.create(new OptimizerConfig.Nesterov(eta, 0)), Problem.random(seed), steps);
                    assertThat(nesterov).as("Nesterov(gamma 0) vs SGD").containsExactlyElementsOf(sgd);
                });
    }

    @Test
    void annealingWithKappaZeroEqualsSgd() {
        // eta_t = eta / (1 + 0 t) = eta exactly.
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(doubles().between(1e-3, 0.5), longs().all(), integers().between(1, 30))
                .checkAssert((eta, seed, steps) -> {
                    List<double[]> sgd = trajectoryEnd(factory.create(new OptimizerConfig.Sgd(eta)),
                            Problem.random(seed), steps);
                    List<double[]> annealed = trajectoryEnd(
                            factory.create(new OptimizerConfig.AnnealedSgd(eta, 0)), Problem.random(seed), steps);
                    assertThat(annealed).as("annealing(kappa 0) vs SGD").containsExactlyElementsOf(sgd);
                });
    }

    @Test
    void adamFirstStepIsEtaPerCoordinateWhateverTheGradientScale() {
        // After one step m_hat = g and v_hat = g^2 (up to rounding), so each coordinate moves by
        // eta |g| / (|g| + eps): eta within a relative eps / |g| <= 1e-5 for |g| >= 1e-3, whatever the scale.
        double relTol = 1e-5;
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(doubles().between(1e-4, 0.5), doubles().between(-3, 8), doubles().between(-3, 8),
                        Generate.booleans())
                .checkAssert((eta, log1, log2, negative) -> {
                    double g1 = (negative ? -1 : 1) * Math.pow(10, log1);
                    double g2 = Math.pow(10, log2);
                    ArrayParameter p = ArrayParameter.of("theta", 0.5, -0.25);
                    Optimizer adam = factory.create(OptimizerConfig.Adam.withEta(eta));
                    adam.step(List.of(p), () -> {
                        p.gradients()[0] = g1;
                        p.gradients()[1] = g2;
                        return 0;
                    });
                    double step1 = 0.5 - p.values()[0];
                    double step2 = -0.25 - p.values()[1];
                    assertThat(Math.signum(step1)).as("direction of step 1 for g = %s", g1).isEqualTo(Math.signum(g1));
                    assertThat(Math.abs(step1)).as("|step 1| for g = %s", g1)
                            .isCloseTo(eta, org.assertj.core.data.Percentage.withPercentage(100 * relTol));
                    assertThat(step2).as("step 2 for g = %s", g2)
                            .isCloseTo(eta, org.assertj.core.data.Percentage.withPercentage(100 * relTol));
                });
    }

    @Test
    void severalParametersOfDifferentShapesEachBehaveLikeTheirOwnProblem() {
        // Every update is element-wise with state per entry, so optimizing all parameters together must give,
        // bit for bit, what optimizing each entry alone (as a 1 x 1 parameter, fresh optimizer) gives.
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(configs(), longs().all(), integers().between(1, 25))
                .checkAssert((config, seed, steps) -> {
                    Problem together = Problem.random(seed);
                    List<double[]> joint = trajectoryEnd(factory.create(config), together, steps);
                    Problem fresh = Problem.random(seed);
                    for (int p = 0; p < fresh.parameters().size(); p++) {
                        for (int j = 0; j < fresh.parameters().get(p).size(); j++) {
                            ArrayParameter single = ArrayParameter.of("single",
                                    fresh.parameters().get(p).values()[j]);
                            Problem alone = new Problem(List.of(single), new double[][] {{fresh.c()[p][j]}},
                                    new double[][] {{fresh.d()[p][j]}});
                            double expected = trajectoryEnd(factory.create(config), alone, steps).get(0)[0];
                            assertThat(joint.get(p)[j]).as("%s on %s: parameter %d entry %d", config, fresh, p, j)
                                    .isEqualTo(expected);
                        }
                    }
                });
    }

    @Test
    void stepCountAndOneEvaluationPerStep() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(configs(), longs().all(), integers().between(0, 40))
                .checkAssert((config, seed, steps) -> {
                    Optimizer opt = factory.create(config);
                    assertThat(opt.steps()).as("fresh %s", config).isZero();
                    Problem problem = Problem.random(seed);
                    SeparableQuadratic f = problem.objective();
                    for (int t = 1; t <= steps; t++) {
                        opt.step(problem.parameters(), f);
                        assertThat(opt.steps()).as("%s after %d steps", config, t).isEqualTo(t);
                    }
                    assertThat(f.evaluations()).as("objective evaluations of %s", config).isEqualTo(steps);
                });
    }

    @Test
    void decreasesAConvexQuadraticFromAnyStart() {
        // A sanity property: with a small rate every method lowers E on a convex quadratic over 50 steps.
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(doubles().between(1e-3, 0.05), integers().between(0, 6), longs().all())
                .checkAssert((eta, kind, seed) -> {
                    OptimizerConfig config = allKinds(eta).get(kind);
                    Problem problem = Problem.random(seed);
                    SeparableQuadratic f = problem.objective();
                    double before = f.evaluate();
                    trajectoryEnd(factory.create(config), problem, 50);
                    assertThat(f.evaluate()).as("E after 50 steps of %s", config).isLessThan(before);
                });
    }
}
