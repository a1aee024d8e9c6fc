package dlecon.solution.e6;

import dlecon.api.e6.GenzFamily;
import dlecon.api.e6.GenzFunction;
import dlecon.api.e6.GenzParameters;

/**
 * What the six Genz functions share: family, parameters, and the checks of a point x of [0,1]^d before the
 * family's formula {@link #evaluate} sees it.
 */
abstract class GenzBase implements GenzFunction {

    /** The parameters (immutable record). */
    protected final GenzParameters p;
    private final GenzFamily family;

    /**
     * @param family which f_j
     * @param p      its parameters, used as given
     */
    protected GenzBase(GenzFamily family, GenzParameters p) {
        this.family = family;
        this.p = p;
    }

    @Override
    public final GenzFamily family() {
        return family;
    }

    @Override
    public final int dimension() {
        return p.dimension();
    }

    @Override
    public final GenzParameters parameters() {
        return p;
    }

    @Override
    public final double value(double[] x) {
        throw new UnsupportedOperationException("TODO E6 check that x has length d with entries in [0, 1] (IllegalArgumentException), then f(x)");
    }

    /**
     * f(x) for a checked point.
     *
     * @param x length d, entries in [0, 1], not modified
     */
    protected abstract double evaluate(double[] x);

    @Override
    public String toString() {
        return family + "(" + p + ")";
    }
}
