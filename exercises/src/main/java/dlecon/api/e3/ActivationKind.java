package dlecon.api.e3;

/**
 * The hidden-layer activations of the lectures, g(z) and g'(z) (z any finite number, see {@link Activation}):
 * <ul>
 *   <li>IDENTITY: g = z, g' = 1</li>
 *   <li>SIGMOID: g = 1 / (1 + e^-z), g' = g (1 - g); no overflow: for z &lt; 0 use e^z / (1 + e^z)</li>
 *   <li>TANH: g = tanh z, g' = 1 - g^2</li>
 *   <li>RELU: g = max(0, z), g' = 1 if z &gt; 0 else 0 (so g'(0) = 0)</li>
 *   <li>LEAKY_RELU: g = z if z &gt; 0 else a z, g' = 1 if z &gt; 0 else a (so g'(0) = a), with
 *   a = {@link #LEAKY_SLOPE}</li>
 *   <li>SWISH (Ramachandran et al. 2017): g = z s(z) with s the sigmoid, g' = s(z) + z s(z) (1 - s(z))</li>
 * </ul>
 */
public enum ActivationKind {
    IDENTITY, SIGMOID, TANH, RELU, LEAKY_RELU, SWISH;

    /** Slope a of the leaky ReLU for z &lt;= 0. */
    public static final double LEAKY_SLOPE = 0.01;
}
