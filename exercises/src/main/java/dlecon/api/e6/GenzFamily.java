package dlecon.api.e6;

/**
 * The six Genz (1987) test functions on the unit cube [0,1]^d (Klimke and Wohlmuth 2005, section 4), with
 * parameters c (difficulty) and w (shift), both of length d:
 * <ul>
 *   <li>OSCILLATORY f1(x) = cos(2 pi w_1 + sum_i c_i x_i)</li>
 *   <li>PRODUCT_PEAK f2(x) = prod_i (c_i^-2 + (x_i - w_i)^2)^-1</li>
 *   <li>CORNER_PEAK f3(x) = (1 + sum_i c_i x_i)^-(d+1)</li>
 *   <li>GAUSSIAN f4(x) = exp(-sum_i c_i^2 (x_i - w_i)^2)</li>
 *   <li>CONTINUOUS f5(x) = exp(-sum_i c_i |x_i - w_i|)</li>
 *   <li>DISCONTINUOUS f6(x) = 0 if x_1 &gt; w_1 or x_2 &gt; w_2 (only x_1 &gt; w_1 when d = 1), else
 *   exp(sum_i c_i x_i)</li>
 * </ul>
 * Each family has a difficulty b_j(d) = (1.5, d, 1.85, 7.03, 20.4, 4.3) for j = 1..6: the normalised parameters
 * satisfy sum_i c_i = b_j(d) (see {@link GenzFactory#normalise}).
 */
public enum GenzFamily {
    /** f1, b_1 = 1.5. */
    OSCILLATORY(1.5),
    /** f2, b_2 = d (the only difficulty that grows with the dimension). */
    PRODUCT_PEAK(Double.NaN),
    /** f3, b_3 = 1.85. */
    CORNER_PEAK(1.85),
    /** f4, b_4 = 7.03. */
    GAUSSIAN(7.03),
    /** f5, b_5 = 20.4. */
    CONTINUOUS(20.4),
    /** f6, b_6 = 4.3. */
    DISCONTINUOUS(4.3);

    private final double difficulty;

    GenzFamily(double difficulty) {
        this.difficulty = difficulty;
    }

    /** The index j = 1..6 of f_j. */
    public int index() {
        return ordinal() + 1;
    }

    /**
     * The difficulty b_j(d), the target of sum_i c_i after normalisation.
     *
     * @param d dimension, at least 1
     * @throws IllegalArgumentException if d &lt; 1
     */
    public double difficulty(int d) {
        if (d < 1) {
            throw new IllegalArgumentException("dimension d must be at least 1, got " + d);
        }
        return this == PRODUCT_PEAK ? d : difficulty;
    }
}
