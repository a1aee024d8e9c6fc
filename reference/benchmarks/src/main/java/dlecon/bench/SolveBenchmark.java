package dlecon.bench;

import dlecon.api.Exercise;
import dlecon.api.Solutions;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzParameters;
import dlecon.api.e6.SurrogateConfig;
import dlecon.api.e6.SurrogateError;
import dlecon.api.e7.BrockMirman;
import dlecon.api.e7.DeqnConfig;
import dlecon.api.e7.TrainedPolicy;
import dlecon.api.e7.GrowthModels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

/**
 * Wall time and accuracy of two whole workloads of the reference, the peer of {@code torch_solve.py}; not JMH,
 * since one solve takes seconds. Per workload: one warm-up solve (seed 0) in this JVM, then one timed solve per seed
 * 1..S (each from {@code new SplittableRandom(seed)}); prints one JSON object on stdout with the seconds and the
 * accuracy of every seed and their medians.
 * <ul>
 *   <li>{@code deqn}: {@code GrowthModels.solveDeterministic(BrockMirman.defaults(), DeqnConfig.defaults(), ...)}
 *   (1 -&gt; 50 ReLU -&gt; 50 ReLU -&gt; 1 logistic, 2001 Adam steps on 64 states); accuracy
 *   max_K |s(K) - alpha beta| on 1000 equally spaced K in [0.1, 1].</li>
 *   <li>{@code genz}: Genz f4 (Gaussian), d = 2, parameters from {@code drawParameters(GAUSSIAN, 2, rng)}, then
 *   {@code GenzFactory.surrogate(f, 500, SurrogateConfig.defaults(), ...)} with the same rng (3 x 64 ReLU, Adam
 *   1e-3, 200 epochs of batch 64); accuracy the mean absolute error on its 1000 test points. The parameters c and
 *   w of every seed are printed too, so that the PyTorch peer fits the same function.</li>
 * </ul>
 * Usage: {@code java -cp ... dlecon.bench.SolveBenchmark [SEEDS]} (default 3).
 */
public final class SolveBenchmark {

    /** Number of equally spaced capitals the DEQN policy is checked on. */
    static final int POLICY_GRID = 1000;
    /** Training points of the Genz surrogate. */
    static final int GENZ_POINTS = 500;
    /** Dimension of the Genz function. */
    static final int GENZ_DIMENSION = 2;

    private final MlpFactory mlp = Solutions.load(Exercise.E3, MlpFactory.class);
    private final OptimizerFactory optimizers = Solutions.load(Exercise.E4, OptimizerFactory.class);
    private final GenzFactory genz = Solutions.load(Exercise.E6, GenzFactory.class);
    private final GrowthModels growth = Solutions.load(Exercise.E7, GrowthModels.class);

    private SolveBenchmark() {
    }

    /** One timed solve: wall seconds, accuracy, and for Genz the parameters. */
    private record Run(double seconds, double accuracy, GenzParameters parameters) {
    }

    /** Solves the DEQN with seed {@code seed}; the accuracy is max |s(K) - alpha beta| on the grid. */
    Run deqn(long seed) {
        BrockMirman model = BrockMirman.defaults();
        long start = System.nanoTime();
        TrainedPolicy<DoubleUnaryOperator> r = growth.solveDeterministic(model, DeqnConfig.defaults(), mlp, optimizers,
                new SplittableRandom(seed));
        double seconds = (System.nanoTime() - start) * 1e-9;
        DoubleUnaryOperator s = r.policy();
        double max = 0;
        for (int i = 0; i < POLICY_GRID; i++) {
            double k = 0.1 + 0.9 * i / (POLICY_GRID - 1);
            double e = Math.abs(s.applyAsDouble(k) - model.savingsRate());
            max = Double.isNaN(e) ? Double.NaN : Math.max(max, e);
        }
        return new Run(seconds, max, null);
    }

    /** Fits the Genz f4 surrogate with seed {@code seed}; the accuracy is its mean absolute test error. */
    Run genz(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long start = System.nanoTime();
        GenzParameters p = genz.drawParameters(GenzFamily.GAUSSIAN, GENZ_DIMENSION, rng);
        SurrogateError e = genz.surrogate(genz.create(GenzFamily.GAUSSIAN, p), GENZ_POINTS,
                SurrogateConfig.defaults(), mlp, optimizers, rng);
        double seconds = (System.nanoTime() - start) * 1e-9;
        return new Run(seconds, e.meanAbsError(), p);
    }

    private interface Solver {
        Run run(long seed);
    }

    /** The warm-up solve (seed 0) and the timed seeds 1..seeds, as a JSON object. */
    private static String measure(Solver solver, int seeds, String accuracyName) {
        solver.run(0);
        List<Run> runs = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            runs.add(solver.run(seed));
        }
        double[] seconds = runs.stream().mapToDouble(Run::seconds).toArray();
        double[] accuracy = runs.stream().mapToDouble(Run::accuracy).toArray();
        StringBuilder json = new StringBuilder();
        json.append("{\"accuracy_name\": \"").append(accuracyName).append("\", \"seconds\": ").append(array(seconds))
                .append(", \"accuracy\": ").append(array(accuracy)).append(", \"median_s\": ")
                .append(number(median(seconds))).append(", \"median_accuracy\": ").append(number(median(accuracy)));
        if (runs.get(0).parameters() != null) {
            json.append(", \"params\": [").append(runs.stream().map(r -> "{\"c\": " + array(r.parameters().c())
                    + ", \"w\": " + array(r.parameters().w()) + "}").collect(Collectors.joining(", "))).append(']');
        }
        return json.append('}').toString();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    private static String number(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.17g", x) : "NaN";
    }

    private static String array(double[] v) {
        return Arrays.stream(v).mapToObj(SolveBenchmark::number).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Runs both workloads and prints the JSON object. */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        if (seeds < 1) {
            throw new IllegalArgumentException("the number of seeds must be >= 1, got " + seeds);
        }
        SolveBenchmark b = new SolveBenchmark();
        String deqn = measure(b::deqn, seeds, "max |s(K) - alpha beta| on 1000 K in [0.1, 1]");
        String genz = measure(b::genz, seeds, "mean |s(x) - f(x)| on 1000 test points");
        System.out.println("{\"runtime\": \"Java " + System.getProperty("java.version") + "\", \"seeds\": " + seeds
                + ", \"deqn\": " + deqn + ", \"genz\": " + genz + "}");
    }
}
