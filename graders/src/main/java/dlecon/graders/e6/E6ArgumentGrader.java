package dlecon.graders.e6;

import dlecon.api.Exercise;
import dlecon.api.e3.ActivationKind;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e4.OptimizerConfig;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzFunction;
import dlecon.api.e6.GenzParameters;
import dlecon.api.e6.SurrogateConfig;
import dlecon.grading.api.Credit;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.GradingFailure;
import dlecon.grading.api.Visibility;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E6 grader of the documented {@code IllegalArgumentException}s. */
@GraderSuite(exercise = Exercise.E6, visibility = Visibility.PUBLIC)
class E6ArgumentGrader {

    private static final double[] C = {1.15261658, 2.55983758};
    private static final double[] W = {0.46304554, 0.63407911};
    private static final SurrogateConfig TINY = new SurrogateConfig(new int[] {2}, ActivationKind.TANH,
            new OptimizerConfig.Sgd(0.1), 1, 1, 1);

    /** Fails unless {@code call} throws an {@link IllegalArgumentException}. */
    private static void rejects(String what, Runnable call) {
        try {
            call.run();
        } catch (IllegalArgumentException expected) {
            return;
        } catch (RuntimeException e) {
            throw new GradingFailure(what, "IllegalArgumentException", e.getClass().getSimpleName(), "");
        }
        throw new GradingFailure(what, "IllegalArgumentException", "no exception", "");
    }

    /** A factory whose every method fails: the surrogate must reject its arguments before using it. */
    private static <T> T unusable(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            throw new IllegalStateException(type.getSimpleName() + "." + m.getName()
                    + " called: check the arguments first");
        }));
    }

    @Test
    @DisplayName("value, normalise, drawParameters and surrogate reject bad arguments with "
            + "IllegalArgumentException")
    @Graded(points = 2, category = "argument checks", task = Tasks.CHECKS,
            hint = "value(x): x null, of length != d, or with an entry NaN or outside [0, 1]; normalise: sum c or "
                    + "sum w = 0, or null; drawParameters: d < 1 or null; surrogate: n < 1 or a null argument, "
                    + "checked before anything is drawn or built")
    void rejectsBadArguments(GenzFactory genz, Credit credit) {
        double[][] bad = {null, {0.5}, {0.5, 0.5, 0.5}, {Double.NaN, 0.5}, {0.5, -Double.MIN_VALUE},
            {Math.nextUp(1.0), 0.5}, {0.5, Double.POSITIVE_INFINITY}, {Double.NEGATIVE_INFINITY, 0.5}};
        for (GenzFamily f : GenzFamily.values()) {
            credit.check(f + ".value", () -> {
                GenzFunction g = genz.create(f, C, W);
                for (double[] x : bad) {
                    rejects(f + ".value(" + Arrays.toString(x) + "), d = 2", () -> g.value(x));
                }
                rejects(f + ".values with a row {0.5, 2}", () -> g.values(new double[][] {{0.5, 0.5}, {0.5, 2}}));
            });
        }
        credit.check("normalise", () -> {
            rejects("normalise with c = {0, 0}", () -> genz.normalise(GenzFamily.GAUSSIAN,
                    new GenzParameters(new double[] {0, 0}, W)));
            rejects("normalise with w = {0, 0}", () -> genz.normalise(GenzFamily.GAUSSIAN,
                    new GenzParameters(C, new double[] {0, 0})));
            rejects("normalise(null, parameters)", () -> genz.normalise(null, new GenzParameters(C, W)));
            rejects("normalise(GAUSSIAN, null)", () -> genz.normalise(GenzFamily.GAUSSIAN, null));
        });
        credit.check("drawParameters", () -> {
            rejects("drawParameters with d = 0", () -> genz.drawParameters(GenzFamily.OSCILLATORY, 0,
                    new SplittableRandom(1)));
            rejects("drawParameters with d = -1", () -> genz.drawParameters(GenzFamily.OSCILLATORY, -1,
                    new SplittableRandom(1)));
            rejects("drawParameters(null, 2, rng)", () -> genz.drawParameters(null, 2, new SplittableRandom(1)));
            rejects("drawParameters(OSCILLATORY, 2, null)", () -> genz.drawParameters(GenzFamily.OSCILLATORY, 2,
                    null));
        });
        credit.check("surrogate", () -> {
            GenzFunction f = genz.create(GenzFamily.OSCILLATORY, C, W);
            MlpFactory mlp = unusable(MlpFactory.class);
            OptimizerFactory opt = unusable(OptimizerFactory.class);
            SplittableRandom rng = new SplittableRandom(1);
            rejects("surrogate with n = 0", () -> genz.surrogate(f, 0, TINY, mlp, opt, rng));
            rejects("surrogate with n = -1", () -> genz.surrogate(f, -1, TINY, mlp, opt, rng));
            rejects("surrogate with f = null", () -> genz.surrogate(null, 2, TINY, mlp, opt, rng));
            rejects("surrogate with config = null", () -> genz.surrogate(f, 2, null, mlp, opt, rng));
            rejects("surrogate with mlp = null", () -> genz.surrogate(f, 2, TINY, null, opt, rng));
            rejects("surrogate with optimizers = null", () -> genz.surrogate(f, 2, TINY, mlp, null, rng));
            rejects("surrogate with rng = null", () -> genz.surrogate(f, 2, TINY, mlp, opt, null));
        });
    }
}
