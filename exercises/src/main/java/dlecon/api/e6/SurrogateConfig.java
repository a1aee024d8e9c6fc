package dlecon.api.e6;

import dlecon.api.e3.ActivationKind;
import dlecon.api.e4.OptimizerConfig;
import java.util.Arrays;
import java.util.Objects;

/**
 * Hyperparameters of a neural-network surrogate of a Genz function (the course's exercise): an MLP
 * d -&gt; h_1 -&gt; ... -&gt; h_L -&gt; 1 with the given hidden activation after every hidden dense layer and an identity
 * output, trained on the MSE loss with shuffled mini-batches.
 *
 * @param hiddenWidths widths h_1..h_L of the hidden layers (at least one, each &gt;= 1); copied in and out
 * @param activation   hidden activation g
 * @param optimizer    optimizer and its hyperparameters
 * @param epochs       passes over the training points, &gt;= 1
 * @param batchSize    rows per step, &gt;= 1 (a training set smaller than a batch is one batch)
 * @param testPoints   number of uniform test points the errors are measured on, &gt;= 1
 */
public record SurrogateConfig(int[] hiddenWidths, ActivationKind activation, OptimizerConfig optimizer, int epochs,
                              int batchSize, int testPoints) {

    /**
     * @throws IllegalArgumentException for an empty width list, a width, epochs, batch size or test count &lt; 1
     * @throws NullPointerException     for a null argument
     */
    public SurrogateConfig {
        Objects.requireNonNull(hiddenWidths, "hiddenWidths");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(optimizer, "optimizer");
        hiddenWidths = hiddenWidths.clone();
        if (hiddenWidths.length == 0) {
            throw new IllegalArgumentException("at least one hidden layer is needed");
        }
        for (int h : hiddenWidths) {
            if (h < 1) {
                throw new IllegalArgumentException("hidden widths must be >= 1, got " + Arrays.toString(hiddenWidths));
            }
        }
        if (epochs < 1 || batchSize < 1 || testPoints < 1) {
            throw new IllegalArgumentException("epochs, batchSize and testPoints must be >= 1, got " + epochs + ", "
                    + batchSize + ", " + testPoints);
        }
    }

    /** The course's setting: 3 x 64 ReLU, Adam (eta 1e-3), 200 epochs, batch 64, 1000 test points. */
    public static SurrogateConfig defaults() {
        return new SurrogateConfig(new int[] {64, 64, 64}, ActivationKind.RELU, OptimizerConfig.Adam.defaults(), 200,
                64, 1000);
    }

    /** A copy of the hidden widths. */
    @Override
    public int[] hiddenWidths() {
        return hiddenWidths.clone();
    }

    public SurrogateConfig withHiddenWidths(int... widths) {
        return new SurrogateConfig(widths, activation, optimizer, epochs, batchSize, testPoints);
    }

    public SurrogateConfig withActivation(ActivationKind a) {
        return new SurrogateConfig(hiddenWidths, a, optimizer, epochs, batchSize, testPoints);
    }

    public SurrogateConfig withOptimizer(OptimizerConfig o) {
        return new SurrogateConfig(hiddenWidths, activation, o, epochs, batchSize, testPoints);
    }

    public SurrogateConfig withEpochs(int e) {
        return new SurrogateConfig(hiddenWidths, activation, optimizer, e, batchSize, testPoints);
    }

    public SurrogateConfig withBatchSize(int b) {
        return new SurrogateConfig(hiddenWidths, activation, optimizer, epochs, b, testPoints);
    }

    public SurrogateConfig withTestPoints(int t) {
        return new SurrogateConfig(hiddenWidths, activation, optimizer, epochs, batchSize, t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurrogateConfig s && Arrays.equals(hiddenWidths, s.hiddenWidths)
                && activation == s.activation && optimizer.equals(s.optimizer) && epochs == s.epochs
                && batchSize == s.batchSize && testPoints == s.testPoints;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(hiddenWidths), activation, optimizer, epochs, batchSize, testPoints);
    }

    @Override
    public String toString() {
        return "SurrogateConfig[hiddenWidths=" + Arrays.toString(hiddenWidths) + ", activation=" + activation
                + ", optimizer=" + optimizer + ", epochs=" + epochs + ", batchSize=" + batchSize + ", testPoints="
                + testPoints + "]";
    }
}
