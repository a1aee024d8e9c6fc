package dlecon.solution.e6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzFunction;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each closed-form integral lies within 5 standard errors of a plain Monte Carlo mean over {@link #N} uniform points,
 * for random normalised parameters of every family and d = 1..10.
 */
class IntegralMonteCarloProperties {

    /** Monte Carlo sample size: standard errors of about 0.5% of sd(f), a few ms per example. */
    private static final int N = 20_000;
    /** Width of the acceptance band in standard errors: a false alarm has probability about 6e-7 per example. */
    private static final double SIGMAS = 5;
    /** Rounding slack of the mean of N values (for a function that is constant on the sample). */
    private static final double ROUNDING = 1e-12;

    private final GenzSolution genz = new GenzSolution();

    @Test
    void closedFormIntegralMatchesMonteCarlo() {
        qt().withFixedSeed(1987).withExamples(300)
                .forAll(integers().between(0, 5), integers().between(1, 10), longs().between(0, Long.MAX_VALUE))
                .checkAssert((j, d, seed) -> {
                    GenzFamily family = GenzFamily.values()[j];
                    SplittableRandom rng = new SplittableRandom(seed);
                    GenzFunction f = genz.create(family, genz.drawParameters(family, d, rng));
                    double[] x = new double[d];
                    double sum = 0;
                    double sumSq = 0;
                    for (int n = 0; n < N; n++) {
                        for (int i = 0; i < d; i++) {
                            x[i] = rng.nextDouble();
                        }
                        double y = f.value(x);
                        sum += y;
                        sumSq += y * y;
                    }
                    double mean = sum / N;
                    double sd = Math.sqrt(Math.max(0, (sumSq - N * mean * mean) / (N - 1)));
                    double sigma = sd / Math.sqrt(N);
                    double exact = f.integral();
                    assertThat(Math.abs(exact - mean))
                            .as("%s d = %d: integral %.10g vs Monte Carlo %.10g +- %.3g", family, d, exact, mean, sigma)
                            .isLessThanOrEqualTo(SIGMAS * sigma + ROUNDING * Math.max(1, Math.abs(mean)));
                });
    }
}
