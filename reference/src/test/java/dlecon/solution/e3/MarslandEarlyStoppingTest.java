package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.data.Preprocessing;
import dlecon.api.e3.OutputKind;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code earlyStopping} against the book's loop written out here on a twin network (same seed, so the same
 * weights), using only {@code train} and {@code error}: the weights after stopping must be identical (bit for bit:
 * the same calls in the same order) and the returned value must be the last validation error.
 */
class MarslandEarlyStoppingTest {

    private static final int SEEDS = 8;
    private static final double ETA = 0.1;
    private static final int BLOCK = 100;

    /** The book's loop; returns {blocks, last validation error, blocks continued only by (e2 - e1) > 0.001}. */
    private static double[] bookLoop(MarslandNetwork net, Preprocessing.Split s) {
        double old1 = 100002;
        double old2 = 100001;
        double current = 100000;
        int blocks = 0;
        int secondConditionOnly = 0;
        while ((old1 - current) > 0.001 || (old2 - old1) > 0.001) {
            if (!((old1 - current) > 0.001)) {
                secondConditionOnly++;
            }
            blocks++;
            net.train(s.train().x(), s.train().t(), ETA, BLOCK);
            old2 = old1;
            old1 = current;
            current = 0.5 * squaredDistance(net.forward(s.validation().x()), s.validation().t());
        }
        return new double[] {blocks, current, secondConditionOnly};
    }

    private static double squaredDistance(double[][] y, double[][] t) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            for (int k = 0; k < y[i].length; k++) {
                s += (t[i][k] - y[i][k]) * (t[i][k] - y[i][k]);
            }
        }
        return s;
    }

    private static MarslandNetwork irisNetwork(SplittableRandom rng) {
        return new MarslandNetwork(4, 5, 3, 1.0, 0.9, OutputKind.LOGISTIC, rng);
    }

    @Test
    void earlyStoppingIsTheBooksLoop() {
        int secondConditionOnly = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            SplittableRandom rngA = new SplittableRandom(seed);
            Preprocessing.Split s = Preprocessing.irisSplit(rngA);
            MarslandNetwork tested = irisNetwork(rngA);
            SplittableRandom rngB = new SplittableRandom(seed);
            Preprocessing.irisSplit(rngB);
            MarslandNetwork twin = irisNetwork(rngB);

            double result = tested.earlyStopping(s.train().x(), s.train().t(), s.validation().x(),
                    s.validation().t(), ETA, BLOCK);
            double[] book = bookLoop(twin, s);
            secondConditionOnly += (int) book[2];

            assertThat(book[0]).as("the book's loop runs at least 3 blocks (seed %d)", seed).isGreaterThanOrEqualTo(3);
            assertThat(tested.weights1()).as("W1 after early stopping, seed %d (%d blocks expected)", seed,
                    (int) book[0]).isDeepEqualTo(twin.weights1());
            assertThat(tested.weights2()).as("W2 after early stopping, seed %d", seed).isDeepEqualTo(twin.weights2());
            assertThat(result).as("returned validation error, seed %d", seed).isEqualTo(book[1]);
            assertThat(result).as("returned value = error(validX, validT), seed %d", seed)
                    .isEqualTo(tested.error(s.validation().x(), s.validation().t()));
        }
        assertThat(secondConditionOnly).as("the seeds exercise the (e2 - e1) > 0.001 branch of the rule")
                .isPositive();
    }

    @Test
    void earlyStoppingChecksItsArguments() {
        SplittableRandom rng = new SplittableRandom(5);
        Preprocessing.Split s = Preprocessing.irisSplit(rng);
        MarslandNetwork net = irisNetwork(rng);
        double[][] x = s.train().x();
        double[][] t = s.train().t();
        assertThatThrownBy(() -> net.earlyStopping(x, t, s.validation().x(), t, ETA, BLOCK))
                .as("validation rows differ").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net.earlyStopping(x, t, s.validation().t(), s.validation().t(), ETA, BLOCK))
                .as("validation inputs with 3 columns").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net.earlyStopping(x, t, s.validation().x(), s.validation().t(), ETA, 0))
                .as("no iterations per block").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net.earlyStopping(x, t, s.validation().x(), s.validation().t(), -ETA, BLOCK))
                .as("negative eta").isInstanceOf(IllegalArgumentException.class);
    }
}
