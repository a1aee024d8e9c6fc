package dlecon.api.e3;

import dlecon.api.data.Dataset;
import dlecon.api.nn.Optimizer;
import java.util.random.RandomGenerator;

/** The training loop of E3. */
public interface Trainer {

    /**
     * Trains {@code network} on {@code train} (N rows), epoch by epoch. One epoch:
     * <ol>
     *   <li>if {@code config.shuffle()}, draw the row order {@code p = Preprocessing.permutation(N, rng)} (exactly
     *   one call per epoch, and no other draw from {@code rng}); otherwise the order is 0, 1, ..., N-1;</li>
     *   <li>cut that order into consecutive batches of B = {@code config.batchSize()} rows (B = 0 or B &gt; N: one
     *   batch of all N rows, in that order; otherwise ceil(N / B) batches, the last one holding the remaining
     *   N - (ceil(N/B) - 1) B rows);</li>
     *   <li>for each batch (xb, tb), in order, take one {@code optimizer.step(network.parameters(), objective)} whose
     *   objective is {@code network.lossAndGradients(xb, tb, loss, true)};</li>
     *   <li>record the epoch's training loss, the mean over its batches of the values {@code optimizer.step}
     *   returned (each batch counts once, whatever its size), and its validation loss
     *   {@code loss.value(network.predict(validation.x()), validation.t())} (NaN when {@code validation} is
     *   null).</li>
     * </ol>
     * Without early stopping it runs exactly {@code config.epochs()} epochs (0 is allowed). With
     * {@code config.earlyStopping()} = (c, tol, maxBlocks) it ignores {@code config.epochs()} and runs Marsland's
     * rule (see {@link EarlyStopping}): before each block it checks (e1 - e_new) &gt; tol or (e2 - e1) &gt; tol (from
     * e2 = 100002, e1 = 100001, e_new = 100000) and that fewer than maxBlocks blocks ran; a block is c epochs, after
     * which e2 &lt;- e1, e1 &lt;- e_new, e_new &lt;- the validation loss of the block's last epoch. So the run has a
     * multiple of c epochs, possibly 0 (a tolerance of 1 or more stops before the first block); a NaN validation
     * loss makes every comparison with it false, so the run ends at most one block later.
     *
     * @param network    modified (its parameters are trained)
     * @param validation may be null unless early stopping is on
     * @param rng        the only source of randomness of the loop (shuffling)
     * @return the per-epoch history; {@code stoppedEarly} is true when the run ended because the rule's condition
     *         was false (also when that happens just as the block limit is reached), false without early stopping or
     *         when only the block limit ended it
     * @throws IllegalArgumentException if the training set is empty, or early stopping is requested without a
     *                                  validation set
     * @throws NullPointerException     if network, loss, optimizer, train, config or rng is null
     */
    TrainingHistory train(Network network, Loss loss, Optimizer optimizer, Dataset train, Dataset validation,
                          TrainingConfig config, RandomGenerator rng);
}
