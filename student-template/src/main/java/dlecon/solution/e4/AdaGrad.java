package dlecon.solution.e4;

/** AdaGrad (Duchi et al. 2011): G &lt;- G + g^2; theta &lt;- theta - eta g / sqrt(G + eps). */
final class AdaGrad extends SquaredGradientScaling {

    /**
     * @param eta learning rate
     * @param eps constant inside the square root
     */
    AdaGrad(double eta, double eps) {
        super(eta, eps);
    }

    @Override
    protected double accumulate(double s, double gSquared) {
        throw new UnsupportedOperationException("TODO E4 AdaGrad accumulator G + g^2");
    }

    @Override
    protected double decay() {
        return 1;
    }
}
