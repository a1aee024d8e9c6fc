package dlecon.graders.e1;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.Exercise;
import dlecon.api.e1.GradientDescent;
import dlecon.api.e1.LinearFit;
import dlecon.grading.api.Property;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E1 graders: the notebook's 1-D descents, its batch linear regression and least squares on random lines. */
@GraderSuite(exercise = Exercise.E1, visibility = Visibility.PUBLIC)
class E1PublicGrader {

    /** Deterministic replays of the notebook: only rounding in the last digits may differ. */
    private static final double REL = 1e-12;
    /**
     * Batch regression runs 565859 steps, each rounding theta by about 1e-16 relative; the slowest direction contracts
     * by 1 - 1e-5 per step, so accumulated rounding stays below 1e-16 / 1e-5 = 1e-11 relative (other summation orders
     * measured: 1e-15). 1e-9 leaves a factor 100, while one update more or less moves theta0 by about 4e-8 relative.
     */
    private static final double FIT_REL = 1e-9;
    /** The notebook's number of updates. */
    private static final long NOTEBOOK_STEPS = 565859;
    /** Random least-squares problems. */
    private static final int LSQ_EXAMPLES = 40;
    /** Step size: below 2 / (largest Hessian eigenvalue <= 1 + mean x^2 <= 5.3), so descent converges. */
    private static final double LSQ_ETA = 0.2;
    /** Stop when ||g|| <= 1e-10: theta is then within ||g|| / lambda_min (about 1e-9) of the least-squares fit. */
    private static final double LSQ_GRAD_TOL = 1e-10;
    /** Distance to the closed-form fit accepted: 1000 times the bound above. */
    private static final double LSQ_ABS = 1e-6;
    /** Absolute floor for values that cancel to about 0. */
    private static final double TINY = 1e-14;
    /** The course lists the decaying path to 10 significant digits. */
    private static final double PRINTED_REL = 1e-10;

    @Test
    @DisplayName("fixed-step descent on x^3 - 2x^2 + 2 follows the notebook path to 1.3334253508453249")
    @Graded(points = 1, category = "fixed-step gradient descent", task = Tasks.FIXED_STEP,
            hint = "GradientDescent.descend: x_{k+1} = x_k - eta f'(x_k); keep x_0 and every iterate, and stop "
                    + "right after the first update with |x_{k+1} - x_k| <= tol")
    void fixedStepNotebookPath(GradientDescent gd) {
        double[] path = gd.descend(Notebook::cubicDerivative, 2, 0.1, 1e-4, 1000);
        Expect.that("number of iterates", path.length == 17, "17", Integer.toString(path.length));
        Expect.close("first iterates", new double[] {path[0], path[1], path[2], path[3]},
                new double[] {2, 1.6, 1.472, 1.4107648}, REL, 0);
        Expect.close("last iterate", path[16], 1.3334253508453249, REL, 0);
    }

    @Test
    @DisplayName("decaying-step descent follows the notebook path to 1.3308506740900838 in 6 iterates")
    @Graded(points = 1, category = "decaying-step gradient descent", task = Tasks.DECAYING_STEP,
            hint = "GradientDescent.descendDecaying: eta_{k+1} = eta_k / (1 + k d) is cumulative and starts with "
                    + "k = 0, so the first two updates use eta0")
    void decayingStepNotebookPath(GradientDescent gd) {
        double[] path = gd.descendDecaying(Notebook::cubicDerivative, 2, 0.17, 1, 1e-4, 1000);
        Expect.close("iterates", path, new double[] {2, 1.32, 1.328976, 1.3304526518, 1.3307784237,
            1.3308506740900838}, PRINTED_REL, 0);
        Expect.close("last iterate", path[5], 1.3308506740900838, REL, 0);
    }

    @Test
    @DisplayName("batch regression on the cricket data reaches the notebook's theta after exactly 565859 steps")
    @Graded(points = 1, category = "batch linear regression", task = Tasks.BATCH,
            hint = "GradientDescent.batchRegression: g = (1/m) sum (h_i - y_i)(1, x_i), update theta -= eta g, and "
                    + "test ||g|| <= gradTol after the update that used g (the gradient norm crosses the tolerance "
                    + "5e-6 relative away from it, so the count is exact)")
    void batchRegressionNotebookFit(GradientDescent gd) {
        LinearFit fit = gd.batchRegression(Notebook.cricketX(), Notebook.cricketY(), 1, 1, 0.001, 0.001, 2_000_000);
        Expect.close("theta0", fit.theta0(), 25.128552558595363, FIT_REL, 0);
        Expect.close("theta1", fit.theta1(), 3.297264756251897, FIT_REL, 0);
        Expect.that("number of updates", fit.steps() == NOTEBOOK_STEPS, Long.toString(NOTEBOOK_STEPS),
                Long.toString(fit.steps()));
    }

    @Test
    @DisplayName("batch regression on random lines with noise reaches the least-squares fit, and its first steps "
            + "are theta -= eta (1/m) sum (h_i - y_i)(1, x_i) (QuickTheories)")
    @Graded(points = 1, category = "batch linear regression", task = Tasks.BATCH,
            hint = "GradientDescent.batchRegression: the gradient is the MEAN over the m points of (h_i - y_i) times "
                    + "(1, x_i); maxSteps bounds the number of updates")
    void batchRegressionReachesLeastSquares(GradientDescent gd, TestSeed seed) {
        Property.forAll(seed.value(), LSQ_EXAMPLES, integers().between(3, 30).zip(longs().all(),
                (m, s) -> new long[] {m, s}), c -> {
                    int m = (int) c[0];
                    SplittableRandom rng = new SplittableRandom(c[1]);
                    double[] x = new double[m];
                    double[] y = new double[m];
                    double a = rng.nextDouble(-3, 3);
                    double b = rng.nextDouble(-3, 3);
                    for (int i = 0; i < m; i++) {
                        x[i] = 2.0 * i / (m - 1) + rng.nextDouble(-0.05, 0.05); // spread over [0, 2]
                        y[i] = a + b * x[i] + rng.nextGaussian() * 0.3;
                    }
                    double t0 = rng.nextDouble(-1, 1);
                    double t1 = rng.nextDouble(-1, 1);
                    LinearFit three = gd.batchRegression(x, y, t0, t1, LSQ_ETA, 0, 3);
                    double[] manual = {t0, t1};
                    for (int s = 0; s < 3; s++) {
                        double g0 = 0;
                        double g1 = 0;
                        for (int i = 0; i < m; i++) {
                            double e = manual[0] + manual[1] * x[i] - y[i];
                            g0 += e;
                            g1 += e * x[i];
                        }
                        manual[0] -= LSQ_ETA * g0 / m;
                        manual[1] -= LSQ_ETA * g1 / m;
                    }
                    Expect.close(m + " points: theta0 after 3 steps", three.theta0(), manual[0], REL, TINY);
                    Expect.close(m + " points: theta1 after 3 steps", three.theta1(), manual[1], REL, TINY);
                    Expect.that("updates with maxSteps = 3", three.steps() == 3, "3", Long.toString(three.steps()));
                    LinearFit fit = gd.batchRegression(x, y, t0, t1, LSQ_ETA, LSQ_GRAD_TOL, 1_000_000);
                    double mx = 0;
                    double my = 0;
                    for (int i = 0; i < m; i++) {
                        mx += x[i] / m;
                        my += y[i] / m;
                    }
                    double sxy = 0;
                    double sxx = 0;
                    for (int i = 0; i < m; i++) {
                        sxy += (x[i] - mx) * (y[i] - my);
                        sxx += (x[i] - mx) * (x[i] - mx);
                    }
                    double slope = sxy / sxx;
                    Expect.close(m + " points: least-squares theta1", fit.theta1(), slope, 0, LSQ_ABS);
                    Expect.close(m + " points: least-squares theta0", fit.theta0(), my - slope * mx, 0, LSQ_ABS);
                });
    }
}
