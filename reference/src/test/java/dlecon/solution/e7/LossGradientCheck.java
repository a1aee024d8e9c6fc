package dlecon.solution.e7;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.nn.Parameter;
import java.util.List;
import java.util.function.DoubleSupplier;

/** Checks a DEQN loss's back-propagated parameter gradients against central finite differences. */
final class LossGradientCheck {

    /** Central-difference step: truncation ~h^2 and rounding ~eps/h stay far below the tolerance on O(1e-2) losses. */
    private static final double H = 1e-6;

    private LossGradientCheck() {
    }

    /**
     * Evaluates {@code loss} (which must fill the parameters' gradients), then for every parameter entry compares
     * the gradient with (L(theta + h) - L(theta - h)) / 2h; the allowed error is relTol times the largest gradient.
     * Parameter values are restored exactly.
     */
    static void assertMatchesFiniteDifferences(List<Parameter> parameters, DoubleSupplier loss, double relTol,
                                               String label) {
        loss.getAsDouble();
        double maxAbsGrad = 0;
        for (Parameter p : parameters) {
            for (double g : p.gradients()) {
                maxAbsGrad = Math.max(maxAbsGrad, Math.abs(g));
            }
        }
        assertThat(maxAbsGrad).as("%s: some gradient is non-zero and finite", label).isPositive().isFinite();
        for (Parameter p : parameters) {
            double[] analytic = p.gradients().clone();
            for (int j = 0; j < p.size(); j++) {
                double theta = p.values()[j];
                p.values()[j] = theta + H;
                double up = loss.getAsDouble();
                p.values()[j] = theta - H;
                double down = loss.getAsDouble();
                p.values()[j] = theta;
                double numeric = (up - down) / (2 * H);
                assertThat(Math.abs(analytic[j] - numeric))
                        .as("dL/d%s[%d] (%s): analytic %s, numeric %s", p.name(), j, label, analytic[j], numeric)
                        .isLessThanOrEqualTo(relTol * maxAbsGrad);
            }
        }
    }
}
