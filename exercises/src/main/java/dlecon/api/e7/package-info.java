/**
 * E7, growth models solved by neural networks trained on Euler-equation residuals (Deep Equilibrium Nets).
 *
 * <h2>Training-loop contract of the solvers</h2>
 * Every {@code solve...} method of {@link dlecon.api.e7.GrowthModels}
 * <ol>
 *   <li>first builds its one network with the solver class's given {@code policyNetwork(...)} (which draws the
 *       initial weights from {@code rng} through {@code mlp}), then uses {@code rng} for nothing but the states (or
 *       shocks) of the episodes, drawn in the order the method documents;</li>
 *   <li>creates Adam by {@code optimizers.create(OptimizerConfig.Adam.withEta(eta))} and, where the configuration
 *       has a second phase, a new one with {@code fineEta} when the second phase starts (the first phase's Adam for
 *       exactly its {@code episodes} steps, the new one for the {@code fineEpisodes} after them);</li>
 *   <li>makes exactly one {@code step(net.parameters(), objective)} per episode, whose objective evaluates the
 *       method's loss at that episode's states, and keeps the value the step returns as the episode's entry of the
 *       loss history (so it is the loss before that episode's update);</li>
 *   <li>returns as policy an inference pass ({@code predict}) of the trained network.</li>
 * </ol>
 * With zero episodes nothing is drawn after the weights, the history is empty and the policy is the initial
 * network's.
 */
package dlecon.api.e7;
