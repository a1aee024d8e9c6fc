package dlecon.solution.e1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e1.GradientDescent;
import dlecon.api.e1.LinearFit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stochastic gradient descent: the notebook's 500,000-point experiment over seeds, and the visiting orders. */
class StochasticRegressionTest {

    // The notebook's experiment: x ~ U(0, 100), y = 4x + 10 + 10 N(0,1), start (1, 1), eta = 5e-6, 10 passes.
    private static final int POINTS = 500_000;
    private static final double ETA = 5e-6;
    private static final int EPOCHS = 10;

    /**
     * Allowed distance from the data's own least-squares line, slope: 3 times the spread of constant-step SGD
     * around it, sqrt(eta sigma^2 / 2) = sqrt(5e-6 * 100 / 2) = 0.016.
     */
    private static final double SLOPE_TOL_FROM_LS = 0.05;

    /**
     * Intercept: the same 3 x 0.016 plus the part of the start's error not yet removed along the slow direction of
     * H = [[1, 50], [50, 3333]] (eigenvalue 0.25): 9 exp(-eta 0.25 * 5e6 updates) = 0.017.
     */
    private static final double INTERCEPT_TOL_FROM_LS = 0.065;

    /**
     * Allowed distance from the true line (10, 4): the above plus 3 standard errors of least squares with 500,000
     * points (intercept 3 x 0.028, slope 3 x 0.0005).
     */
    private static final double INTERCEPT_TOL_FROM_TRUTH = 0.15;
    private static final double SLOPE_TOL_FROM_TRUTH = 0.052;

    /** At least this many of {@link #SEEDS} seeds must pass: each bound is about 3 standard deviations. */
    private static final int MUST_PASS = 7;
    private static final int SEEDS = 8;

    private final GradientDescent gd = new GradientDescentSolution();

    @Test
    void notebookExperimentEndsNearTheLine() {
        int passed = 0;
        List<String> report = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom data = new SplittableRandom(seed);
            double[] x = new double[POINTS];
            double[] y = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                x[i] = 100 * data.nextDouble();
                y[i] = 4 * x[i] + 10 + 10 * data.nextGaussian();
            }
            double[] ls = LeastSquares.fit(x, y);
            LinearFit fit = gd.stochasticRegression(x, y, 1, 1, ETA, EPOCHS, new SplittableRandom(1000 + seed));

            assertThat(fit.steps()).isEqualTo((long) EPOCHS * POINTS);
            boolean ok = Math.abs(fit.theta0() - ls[0]) <= INTERCEPT_TOL_FROM_LS
                    && Math.abs(fit.theta1() - ls[1]) <= SLOPE_TOL_FROM_LS
                    && Math.abs(fit.theta0() - 10) <= INTERCEPT_TOL_FROM_TRUTH
                    && Math.abs(fit.theta1() - 4) <= SLOPE_TOL_FROM_TRUTH;
            passed += ok ? 1 : 0;
            report.add(String.format("seed %d: SGD (%.4f, %.5f), least squares (%.4f, %.5f)", seed, fit.theta0(),
                    fit.theta1(), ls[0], ls[1]));
        }
        assertThat(passed).as("seeds within the bounds (need %d of %d): %s", MUST_PASS, SEEDS, report)
                .isGreaterThanOrEqualTo(MUST_PASS);
    }

    @Test
    void everyEpochVisitsTheDataInAFreshUniformOrder() {
        // 3 points and 2 epochs: the result must be one of the 3! x 3! = 36 results of two visiting orders, and over
        // 3600 seeds the 36 must be equally likely (chi-square with 35 degrees of freedom, 99.9% quantile 66.62).
        // Reusing one order for both epochs would hit only 6 of the 36.
        double[] x = {1, 2, 4};
        double[] y = {1, 3, 2};
        int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        List<double[]> outcomes = new ArrayList<>();
        for (int[] first : orders) {
            for (int[] second : orders) {
                double[] t = {0, 0};
                for (int[] order : new int[][] {first, second}) {
                    for (int i : order) {
                        double r = t[0] + t[1] * x[i] - y[i];
                        t = new double[] {t[0] - 0.1 * r, t[1] - 0.1 * r * x[i]};
                    }
                }
                outcomes.add(t);
            }
        }
        for (int a = 0; a < outcomes.size(); a++) {
            for (int b = 0; b < a; b++) {
                assertThat(distance(outcomes.get(a), outcomes.get(b))).as("outcomes distinguishable")
                        .isGreaterThan(1e-6);
            }
        }

        int runs = 3600;
        int[] counts = new int[outcomes.size()];
        for (long seed = 0; seed < runs; seed++) {
            LinearFit fit = gd.stochasticRegression(x, y, 0, 0, 0.1, 2, new SplittableRandom(seed));
            int match = -1;
            for (int k = 0; k < outcomes.size(); k++) {
                if (distance(outcomes.get(k), new double[] {fit.theta0(), fit.theta1()}) < 1e-12) {
                    match = k;
                }
            }
            assertThat(match).as("seed %d gives a result of no visiting order: %s", seed, fit).isNotNegative();
            counts[match]++;
        }
        double expected = (double) runs / counts.length;
        double chiSquare = 0;
        for (int c : counts) {
            chiSquare += (c - expected) * (c - expected) / expected;
        }
        assertThat(chiSquare).isLessThan(66.62);
    }

    @Test
    void sameSeedSameFitAndZeroEpochsReturnTheStart() {
        double[] x = NotebookData.cricketX();
        double[] y = NotebookData.cricketY();
        LinearFit a = gd.stochasticRegression(x, y, 1, 1, 1e-3, 3, new SplittableRandom(5));
        LinearFit b = gd.stochasticRegression(x, y, 1, 1, 1e-3, 3, new SplittableRandom(5));
        LinearFit c = gd.stochasticRegression(x, y, 1, 1, 1e-3, 3, new SplittableRandom(6));

        assertThat(a).isEqualTo(b);
        assertThat(a.steps()).isEqualTo(45);
        assertThat(a).isNotEqualTo(c);
        assertThat(gd.stochasticRegression(x, y, 1, 1, 1e-3, 0, new SplittableRandom(5)))
                .isEqualTo(new LinearFit(1, 1, 0));
    }

    @Test
    void noiselessDataIsFittedExactly() {
        // every point lies on y = 2 - 3x, so each single-point gradient vanishes at the line: SGD converges to it
        double[] x = {-1, -0.5, 0, 0.3, 0.8, 1};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 - 3 * x[i];
        }
        LinearFit fit = gd.stochasticRegression(x, y, 0, 0, 0.3, 400, new SplittableRandom(3));

        assertThat(fit.theta0()).isCloseTo(2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fit.theta1()).isCloseTo(-3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void argumentsAreNotModifiedAndBadArgumentsRejected() {
        double[] x = NotebookData.cricketX();
        double[] y = NotebookData.cricketY();
        gd.stochasticRegression(x, y, 1, 1, 1e-4, 2, new SplittableRandom(1));
        assertThat(x).containsExactly(NotebookData.cricketX());
        assertThat(y).containsExactly(NotebookData.cricketY());

        assertThatThrownBy(() -> gd.stochasticRegression(x, y, 1, 1, 1e-4, 2, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rng");
        assertThatThrownBy(() -> gd.stochasticRegression(x, y, 1, 1, 1e-4, -1, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs");
        assertThatThrownBy(() -> gd.stochasticRegression(x, new double[2], 1, 1, 1e-4, 1, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gd.stochasticRegression(x, y, 1, 1, 0, 1, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eta");
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
