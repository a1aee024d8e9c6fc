package dlecon.graders.e3;

import dlecon.api.nn.Objective;
import dlecon.api.nn.Optimizer;
import dlecon.api.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The grader's own Adam (Kingma and Ba 2015, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8), so that E3's training
 * tests do not depend on the student's E4: m = beta1 m + (1 - beta1) g, v = beta2 v + (1 - beta2) g^2,
 * theta -= eta m / (1 - beta1^t) / (sqrt(v / (1 - beta2^t)) + epsilon).
 */
final class GraderAdam implements Optimizer {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double eta;
    private final List<double[]> m = new ArrayList<>();
    private final List<double[]> v = new ArrayList<>();
    private int t;

    GraderAdam(double eta) {
        this.eta = eta;
    }

    @Override
    public double step(List<? extends Parameter> parameters, Objective objective) {
        double e = objective.evaluate();
        t++;
        for (int q = 0; q < parameters.size(); q++) {
            Parameter p = parameters.get(q);
            if (m.size() <= q) {
                m.add(new double[p.size()]);
                v.add(new double[p.size()]);
            }
            double[] mq = m.get(q);
            double[] vq = v.get(q);
            double[] g = p.gradients();
            double[] theta = p.values();
            for (int i = 0; i < p.size(); i++) {
                mq[i] = BETA1 * mq[i] + (1 - BETA1) * g[i];
                vq[i] = BETA2 * vq[i] + (1 - BETA2) * g[i] * g[i];
                double mHat = mq[i] / (1 - Math.pow(BETA1, t));
                double vHat = vq[i] / (1 - Math.pow(BETA2, t));
                theta[i] -= eta * mHat / (Math.sqrt(vHat) + EPSILON);
            }
        }
        return e;
    }

    @Override
    public int steps() {
        return t;
    }
}
