package dlecon.graders.e7;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.Exercise;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.GaussHermite;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import dlecon.grading.api.Credit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E7 grader: closed-form policies have zero Euler residuals for every calibration, not only the course's. */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.PUBLIC)
class E7PropertyGrader {

    /** The residual of an exact policy is 0 up to the rounding of a few powers and one division. */
    private static final double EXACT_ABS = 1e-12;
    private static final int EXAMPLES = 60;

    @Test
    @DisplayName("for random calibrations with full depreciation, s = alpha beta (and phi = beta theta) have zero "
            + "residuals at random states")
    @Graded(points = 2, category = "Euler residuals of the exact policy",
            hint = "with delta = 1 the exact policy holds for every alpha, beta, rho and sigma: if a residual is not "
                    + "0, check that R' and Y' are taken at K' = (1 - delta) K + s Y (not at K) and Z' at z' = "
                    + "rho z + sigma eps")
    void exactPolicyForAnyCalibration(GrowthModels growth, TestSeed seed, Credit credit) {
        GaussHermite rule = Hermite.five();
        credit.check("deterministic Brock-Mirman", () -> qt().withFixedSeed(seed.value()).withExamples(EXAMPLES)
                .forAll(doubles().between(0.1, 0.6), doubles().between(0.8, 0.995), doubles().between(0.02, 3))
                .checkAssert((alpha, beta, k) -> {
                    BrockMirman m = new BrockMirman(alpha, beta, 1, 0.9, 0.04);
                    Expect.close("errREE for " + m + " at K = " + k,
                            growth.deterministicResidual(m, x -> alpha * beta, k), 0, 0, EXACT_ABS);
                }));
        credit.check("stochastic Brock-Mirman", () -> qt().withFixedSeed(seed.value() + 1).withExamples(EXAMPLES)
                .forAll(doubles().between(0.1, 0.6), doubles().between(0.8, 0.995), doubles().between(0, 0.95),
                        longs().all())
                .checkAssert((alpha, beta, rho, state) -> {
                    java.util.SplittableRandom r = new java.util.SplittableRandom(state);
                    BrockMirman m = new BrockMirman(alpha, beta, 1, rho, 0.2 * r.nextDouble());
                    double logK = -3 + 4 * r.nextDouble();
                    double z = -0.3 + 0.6 * r.nextDouble();
                    Expect.close("r for " + m + " at z = " + z + ", log K = " + logK,
                            growth.stochasticResidual(m, (a, b) -> alpha * beta, rule, z, logK), 0, 0, EXACT_ABS);
                }));
        credit.check("neoclassical, log utility", () -> qt().withFixedSeed(seed.value() + 2).withExamples(EXAMPLES)
                .forAll(doubles().between(0.1, 0.6), doubles().between(0.8, 0.995), doubles().between(0.02, 3))
                .checkAssert((theta, beta, k) -> {
                    Neoclassical m = new Neoclassical(theta, beta, 1, 1);
                    Expect.close("R for " + m + " at k = " + k,
                            growth.neoclassicalResidual(m, x -> beta * theta, k), 0, 0, EXACT_ABS);
                }));
    }
}
