package dlecon.reference.run;

/**
 * The trained neoclassical policy at one capital k.
 *
 * @param k        capital k
 * @param share    investment share phi(k)
 * @param kNext    k' = g(k) = (1 - delta) k + phi(k) k^theta
 * @param residual Euler residual R(k)
 */
public record NeoclassicalPoint(double k, double share, double kNext, double residual) {
}
