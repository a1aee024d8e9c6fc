package dlecon.solution.e4;

/** RMSProp (Hinton, lecture 6e): s &lt;- rho s + (1 - rho) g^2; theta &lt;- theta - eta g / sqrt(s + eps). */
final class RmsProp extends SquaredGradientScaling {

    private final double rho;

    /**
     * @param eta learning rate
     * @param rho decay of the squared-gradient average, in [0, 1)
     * @param eps constant inside the square root
     */
    RmsProp(double eta, double rho, double eps) {
        super(eta, eps);
        this.rho = rho;
    }

    @Override
    protected double accumulate(double s, double gSquared) {
        throw new UnsupportedOperationException("TODO E4 RMSProp accumulator rho s + (1 - rho) g^2");
    }

    @Override
    protected double decay() {
        return rho;
    }
}
