package dlecon.api.e5;

import dlecon.api.nn.Layer;
import java.util.random.RandomGenerator;

/** E5 entry point, implemented by {@code dlecon.solution.e5.DropoutSolution} (public, no-argument constructor). */
public interface DropoutFactory {

    /**
     * An inverted-dropout layer (Srivastava et al. 2014, JMLR 15:1929). In a forward pass with
     * {@code training = true} it draws a mask M with M_ij = 0 with probability p and 1/(1-p) otherwise (one draw
     * {@code rng.nextDouble() < p} per entry, row by row) and returns Y = X * M (element-wise); with
     * {@code training = false} it returns a copy of X. The backward pass returns dE/dX = dE/dY * M with the
     * <em>same</em> mask (the identity after an inference pass). No parameters; any width.
     *
     * <p>A dropped entry is computed as x * 0, so it is -0.0 for a negative x and NaN stays NaN; compare outputs
     * with {@code ==} rather than with a boxed equality that tells -0.0 from 0.0.
     *
     * @param p   drop probability, 0 &lt;= p &lt; 1
     * @param rng the layer's own source of masks (kept by the layer)
     * @throws IllegalArgumentException if p is outside [0, 1) or rng is null
     */
    Layer dropout(double p, RandomGenerator rng);
}
