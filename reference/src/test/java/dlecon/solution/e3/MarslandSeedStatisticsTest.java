package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.data.Preprocessing;
import dlecon.api.e3.OutputKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Training statistics over fixed seeds ({@code new SplittableRandom(seed)}, seeds 0..n-1). The course's numbers
 * were measured with numpy's generator; ours draws other initial weights, so the thresholds come from measuring
 * this implementation, with a margin for seeds whose outcome could flip under a few ulp of different rounding
 * (e.g. another JVM's {@code Math.exp}).
 */
class MarslandSeedStatisticsTest {

    static final double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final double[][] XOR = {{0}, {1}, {1}, {0}};
    static final double[][] AND = {{0}, {0}, {0}, {1}};

    /**
     * XOR seeds. Measured: 47 of seeds 0..49 reach 100% (seeds 21, 22, 43 do not), 182 of seeds 0..199 (91%; the
     * course: 89/100 with numpy). A rate of 91% gives 45.5 +- 2.0 of 50, so k = 43 (measured 47 minus 4) leaves
     * room for rounding flips of borderline seeds.
     */
    private static final int XOR_SEEDS = 50;
    private static final int XOR_MIN_SOLVED = 43;
    /** AND is linearly separable: measured 200/200 seeds; all of these must reach 100%. */
    private static final int AND_SEEDS = 20;

    /**
     * Iris seeds. Measured over seeds 0..49: mean test accuracy 0.9589, min 0.8919 (course with numpy: mean 95.5%,
     * min 89.2% over 50 seeds), all 50 at least 0.85; over seeds 0..99 one seed (80) ends at 0.649, so a bad local
     * minimum has probability about 1%. k = 47 of 50 allows three such seeds.
     */
    private static final int IRIS_SEEDS = 50;
    private static final double IRIS_MIN_MEAN = 0.90;
    private static final double IRIS_GOOD = 0.85;
    private static final int IRIS_MIN_GOOD = 47;

    static double accuracy(int[][] c) {
        int trace = 0;
        int sum = 0;
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c[i].length; j++) {
                sum += c[i][j];
                trace += i == j ? c[i][j] : 0;
            }
        }
        return (double) trace / sum;
    }

    /** 2 hidden neurons, logistic output, beta 1, momentum 0.9, eta 0.25, 5001 iterations (the book's logic demo). */
    private static boolean solves(double[][] target, long seed) {
        MarslandNetwork net = new MarslandNetwork(2, 2, 1, 1.0, 0.9, OutputKind.LOGISTIC, new SplittableRandom(seed));
        net.train(X, target, 0.25, 5001);
        return accuracy(net.confusionMatrix(X, target)) == 1.0;
    }

    @Test
    void xorIsSolvedInAtLeastKOfNSeeds() {
        List<Long> failed = new ArrayList<>();
        for (long seed = 0; seed < XOR_SEEDS; seed++) {
            if (!solves(XOR, seed)) {
                failed.add(seed);
            }
        }
        assertThat(XOR_SEEDS - failed.size()).as("XOR seeds with 100%% correct (failed seeds %s)", failed)
                .isGreaterThanOrEqualTo(XOR_MIN_SOLVED);
    }

    @Test
    void andIsSolvedForEverySeed() {
        List<Long> failed = new ArrayList<>();
        for (long seed = 0; seed < AND_SEEDS; seed++) {
            if (!solves(AND, seed)) {
                failed.add(seed);
            }
        }
        assertThat(failed).as("AND seeds without 100% correct").isEmpty();
    }

    /**
     * The book's Iris run: normalise, shuffle and split with the seed's generator, then draw the network from the
     * same generator; 5 hidden, logistic output, beta 1, momentum 0.9, early stopping with eta 0.1 and blocks of
     * 100 iterations; accuracy on the test quarter.
     */
    static double irisTestAccuracy(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Preprocessing.Split split = Preprocessing.irisSplit(rng);
        MarslandNetwork net = new MarslandNetwork(4, 5, 3, 1.0, 0.9, OutputKind.LOGISTIC, rng);
        net.earlyStopping(split.train().x(), split.train().t(), split.validation().x(), split.validation().t(), 0.1,
                100);
        return accuracy(net.confusionMatrix(split.test().x(), split.test().t()));
    }

    @Test
    void irisTestAccuracyOverSeeds() {
        double sum = 0;
        int good = 0;
        List<String> bad = new ArrayList<>();
        for (long seed = 0; seed < IRIS_SEEDS; seed++) {
            double acc = irisTestAccuracy(seed);
            sum += acc;
            if (acc >= IRIS_GOOD) {
                good++;
            } else {
                bad.add(seed + ": " + acc);
            }
        }
        assertThat(sum / IRIS_SEEDS).as("mean Iris test accuracy over %d seeds", IRIS_SEEDS)
                .isGreaterThanOrEqualTo(IRIS_MIN_MEAN);
        assertThat(good).as("Iris seeds with test accuracy >= %.2f (below: %s)", IRIS_GOOD, bad)
                .isGreaterThanOrEqualTo(IRIS_MIN_GOOD);
    }
}
