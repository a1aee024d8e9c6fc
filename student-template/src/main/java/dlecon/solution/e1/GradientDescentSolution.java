package dlecon.solution.e1;

import dlecon.api.e1.GradientDescent;
import dlecon.api.e1.LinearFit;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * E1 entry point: binds the {@link GradientDescent} API to {@link ScalarDescent} (1-D descent) and
 * {@link LinearRegressionDescent} (linear regression). No method modifies its array arguments.
 */
public final class GradientDescentSolution implements GradientDescent {

    /** The no-argument constructor the grader loads the exercise with. */
    public GradientDescentSolution() {
    }

    @Override
    public double[] descend(DoubleUnaryOperator derivative, double x0, double eta, double tol, int maxSteps) {
        return ScalarDescent.fixedStep(derivative, x0, eta, tol, maxSteps);
    }

    @Override
    public double[] descendDecaying(DoubleUnaryOperator derivative, double x0, double eta0, double decay, double tol,
                                    int maxSteps) {
        return ScalarDescent.decayingStep(derivative, x0, eta0, decay, tol, maxSteps);
    }

    @Override
    public LinearFit batchRegression(double[] x, double[] y, double theta0, double theta1, double eta, double gradTol,
                                     long maxSteps) {
        return LinearRegressionDescent.batch(x, y, theta0, theta1, eta, gradTol, maxSteps);
    }

    @Override
    public LinearFit stochasticRegression(double[] x, double[] y, double theta0, double theta1, double eta,
                                          int epochs, RandomGenerator rng) {
        return LinearRegressionDescent.stochastic(x, y, theta0, theta1, eta, epochs, rng);
    }

    @Override
    public LinearFit miniBatchRegression(double[] x, double[] y, double theta0, double theta1, double eta,
                                         int batchSize, int epochs, RandomGenerator rng) {
        return LinearRegressionDescent.miniBatch(x, y, theta0, theta1, eta, batchSize, epochs, rng);
    }
}
