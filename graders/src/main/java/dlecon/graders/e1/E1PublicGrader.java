package dlecon.graders.e1;

import dlecon.api.Exercise;
import dlecon.api.e1.GradientDescent;
import dlecon.api.e1.LinearFit;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Visibility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E1 graders: the notebook's 1-D descents and its batch linear regression. */
@GraderSuite(exercise = Exercise.E1, visibility = Visibility.PUBLIC)
class E1PublicGrader {

    /** Deterministic replays of the notebook: only rounding in the last digits may differ. */
    private static final double REL = 1e-12;
    /** Batch regression runs 565859 steps: summation order may shift theta by far less than this. */
    private static final double FIT_REL = 1e-6;
    /** The step count at which ||g|| first drops below the tolerance may move by a few under reordered sums. */
    private static final long STEP_SLACK = 10;
    /** The course lists the decaying path to 10 significant digits. */
    private static final double PRINTED_REL = 1e-10;

    @Test
    @DisplayName("fixed-step descent on x^3 - 2x^2 + 2 follows the notebook path to 1.3334253508453249")
    @Graded(points = 2, category = "fixed-step gradient descent",
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
    @Graded(points = 2, category = "decaying-step gradient descent",
            hint = "GradientDescent.descendDecaying: eta_{k+1} = eta_k / (1 + k d) is cumulative and starts with "
                    + "k = 0, so the first two updates use eta0")
    void decayingStepNotebookPath(GradientDescent gd) {
        double[] path = gd.descendDecaying(Notebook::cubicDerivative, 2, 0.17, 1, 1e-4, 1000);
        Expect.close("iterates", path, new double[] {2, 1.32, 1.328976, 1.3304526518, 1.3307784237,
            1.3308506740900838}, PRINTED_REL, 0);
        Expect.close("last iterate", path[5], 1.3308506740900838, REL, 0);
    }

    @Test
    @DisplayName("batch regression on the cricket data reaches the notebook's theta after 565859 steps")
    @Graded(points = 2, category = "batch linear regression",
            hint = "GradientDescent.batchRegression: g = (1/m) sum (h_i - y_i)(1, x_i), update theta -= eta g, and "
                    + "test ||g|| <= gradTol after the update that used g")
    void batchRegressionNotebookFit(GradientDescent gd) {
        LinearFit fit = gd.batchRegression(Notebook.cricketX(), Notebook.cricketY(), 1, 1, 0.001, 0.001, 2_000_000);
        Expect.close("theta0", fit.theta0(), 25.128552558595363, FIT_REL, 0);
        Expect.close("theta1", fit.theta1(), 3.297264756251897, FIT_REL, 0);
        Expect.that("number of updates", Math.abs(fit.steps() - 565859) <= STEP_SLACK, "565859 +- " + STEP_SLACK,
                Long.toString(fit.steps()));
    }
}
