package dlecon.solution.e1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.e1.GradientDescent;
import dlecon.api.e1.LinearFit;
import dlecon.testing.Close;
import org.junit.jupiter.api.Test;

/**
 * Batch gradient descent on the notebook's cricket data and the slides' housing table, checked against the notebook's
 * printed numbers and the closed-form least-squares solution.
 */
class BatchRegressionTest {

    /** The notebook prints 17 digits; the reference sums in the notebook's order and agrees to rounding. */
    private static final double NOTEBOOK_REL_TOL = 1e-12;

    private static final double ETA = 0.001;
    private static final double GRAD_TOL = 0.001;
    private static final long MAX_STEPS = 10_000_000L;

    /**
     * The iterate one update before the notebook's end (the first point whose gradient is below the tolerance),
     * computed independently in Python/numpy from the notebook's own loop.
     */
    private static final double BELOW_TOL_THETA0 = 25.12855156036357;
    private static final double BELOW_TOL_THETA1 = 3.297264815617046;
    private static final long NOTEBOOK_STEPS = 565_859;

    private final GradientDescent gd = new GradientDescentSolution();
    private final double[] x = NotebookData.cricketX();
    private final double[] y = NotebookData.cricketY();

    @Test
    void notebookRunEndsAtTheNotebooksPrintedResult() {
        LinearFit fit = gd.batchRegression(x, y, 1, 1, ETA, GRAD_TOL, MAX_STEPS);

        assertThat(fit.steps()).isEqualTo(NOTEBOOK_STEPS);
        Close.assertRelative("theta", new double[] {fit.theta0(), fit.theta1()},
                new double[] {25.128552558595363, 3.297264756251897}, NOTEBOOK_REL_TOL);
    }

    @Test
    void theLastUpdateIsTheFirstMadeWithAGradientBelowTheTolerance() {
        // the notebook tests ||grad|| after using it (while norm(s_k) > precision: ... theta += eta s_k)
        LinearFit last = gd.batchRegression(x, y, 1, 1, ETA, GRAD_TOL, NOTEBOOK_STEPS - 1);
        double[] g = LeastSquares.gradient(x, y, last.theta0(), last.theta1());
        assertThat(last.steps()).isEqualTo(NOTEBOOK_STEPS - 1);
        Close.assertRelative("theta before the last update", new double[] {last.theta0(), last.theta1()},
                new double[] {BELOW_TOL_THETA0, BELOW_TOL_THETA1}, NOTEBOOK_REL_TOL);
        assertThat(Math.hypot(g[0], g[1])).isLessThanOrEqualTo(GRAD_TOL);

        LinearFit before = gd.batchRegression(x, y, 1, 1, ETA, GRAD_TOL, NOTEBOOK_STEPS - 2);
        double[] h = LeastSquares.gradient(x, y, before.theta0(), before.theta1());
        assertThat(Math.hypot(h[0], h[1])).isGreaterThan(GRAD_TOL);
    }

    @Test
    void leastSquaresClosedFormMatchesTheNotebookAndBoundsTheDescent() {
        double[] ls = LeastSquares.fit(x, y);
        Close.assertRelative("least squares", ls, new double[] {25.232304983426026, 3.2910945679475647},
                NOTEBOOK_REL_TOL);

        LinearFit fit = gd.batchRegression(x, y, 1, 1, ETA, GRAD_TOL, MAX_STEPS);
        // J is quadratic with Hessian H, so ||theta - theta*|| <= ||grad J(theta)|| / lambda_min(H)
        //                                                      <= gradTol / lambda_min(H)
        double bound = GRAD_TOL / LeastSquares.smallestHessianEigenvalue(x);
        assertThat(Math.hypot(fit.theta0() - ls[0], fit.theta1() - ls[1])).isLessThanOrEqualTo(bound);
    }

    @Test
    void eachUpdateIsThetaMinusEtaTimesTheGradient() {
        double t0 = 1;
        double t1 = 1;
        for (int k = 0; k < 25; k++) {
            double[] g = LeastSquares.gradient(x, y, t0, t1);
            t0 -= ETA * g[0];
            t1 -= ETA * g[1];
        }
        LinearFit fit = gd.batchRegression(x, y, 1, 1, ETA, GRAD_TOL, 25);

        assertThat(fit.steps()).isEqualTo(25);
        Close.assertRelative("theta after 25 updates", new double[] {fit.theta0(), fit.theta1()},
                new double[] {t0, t1}, 1e-14);
    }

    @Test
    void aConvergedStartMakesOneUpdateAndStops() {
        double[] ls = LeastSquares.fit(x, y);
        LinearFit fit = gd.batchRegression(x, y, ls[0], ls[1], ETA, 1e-6, MAX_STEPS);

        // the notebook's rule always makes the first update, then sees its gradient was below the tolerance
        assertThat(fit.steps()).isEqualTo(1);
        Close.assertRelative("theta", new double[] {fit.theta0(), fit.theta1()}, ls, 1e-9);
    }

    @Test
    void unscaledHousingDataDivergesAndTheRunStopsAtTheFirstNonFiniteFit() {
        // areas near 2000 ft^2 give a Hessian eigenvalue near mean(x^2) = 4.75e6; eta = 1e-6 > 2 / 4.75e6 diverges,
        // multiplying the error by about 3.75 per update, so the fit overflows after roughly 540 updates
        LinearFit fit = gd.batchRegression(NotebookData.housingArea(), NotebookData.housingPrice(), 0, 0, 1e-6,
                GRAD_TOL, 1_000_000L);

        assertThat(Double.isFinite(fit.theta0()) && Double.isFinite(fit.theta1())).isFalse();
        assertThat(fit.steps()).isLessThan(1_000);
    }

    @Test
    void standardisedHousingDataConvergesToLeastSquares() {
        double[] area = NotebookData.housingArea();
        double[] price = NotebookData.housingPrice();
        double mean = 0;
        for (double a : area) {
            mean += a;
        }
        mean /= area.length;
        double var = 0;
        for (double a : area) {
            var += (a - mean) * (a - mean);
        }
        double sd = Math.sqrt(var / area.length);
        double[] z = new double[area.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (area[i] - mean) / sd;
        }

        // standardised inputs make H the identity: eta = .5 halves the error each update
        LinearFit fit = gd.batchRegression(z, price, 0, 0, 0.5, 1e-9, 10_000);
        double[] ls = LeastSquares.fit(z, price);

        assertThat(fit.steps()).isLessThan(100);
        assertThat(Math.hypot(fit.theta0() - ls[0], fit.theta1() - ls[1]))
                .isLessThanOrEqualTo(1e-9 / LeastSquares.smallestHessianEigenvalue(z));
    }

    @Test
    void argumentsAreNotModified() {
        double[] xc = x.clone();
        double[] yc = y.clone();
        gd.batchRegression(xc, yc, 1, 1, ETA, GRAD_TOL, 1000);

        assertThat(xc).containsExactly(x);
        assertThat(yc).containsExactly(y);
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> gd.batchRegression(null, y, 1, 1, ETA, GRAD_TOL, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gd.batchRegression(x, new double[3], 1, 1, ETA, GRAD_TOL, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15").hasMessageContaining("3");
        assertThatThrownBy(() -> gd.batchRegression(new double[0], new double[0], 1, 1, ETA, GRAD_TOL, 10))
                .isInstanceOf(IllegalArgumentException.class);
        double[] nan = x.clone();
        nan[4] = Double.NaN;
        assertThatThrownBy(() -> gd.batchRegression(nan, y, 1, 1, ETA, GRAD_TOL, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 4");
        assertThatThrownBy(() -> gd.batchRegression(x, y, Double.NaN, 1, ETA, GRAD_TOL, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gd.batchRegression(x, y, 1, 1, -ETA, GRAD_TOL, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eta");
        assertThatThrownBy(() -> gd.batchRegression(x, y, 1, 1, ETA, -1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gradTol");
        assertThatThrownBy(() -> gd.batchRegression(x, y, 1, 1, ETA, GRAD_TOL, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSteps");
    }
}
