package dlecon.solution.e4;

/**
 * Adam (Kingma and Ba 2015, Algorithm 1): m &lt;- b1 m + (1 - b1) g; v &lt;- b2 v + (1 - b2) g^2;
 * m_hat = m / (1 - b1^t); v_hat = v / (1 - b2^t); theta &lt;- theta - eta m_hat / (sqrt(v_hat) + eps), with eps
 * outside the square root (as in the paper and PyTorch). Buffer 0 is m, buffer 1 is v.
 */
final class Adam extends StatefulOptimizer {

    private final double eta;
    private final double beta1;
    private final double beta2;
    private final double eps;

    /**
     * @param eta   learning rate
     * @param beta1 decay of the first moment, in [0, 1)
     * @param beta2 decay of the second moment, in [0, 1)
     * @param eps   constant added to sqrt(v_hat)
     */
    Adam(double eta, double beta1, double beta2, double eps) {
        super(2);
        this.eta = eta;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    @Override
    protected void update(double[] theta, double[] g, double[][] buffers, int t) {
        throw new UnsupportedOperationException("TODO E4 Adam moments, bias correction with t, theta -= eta m_hat / (sqrt(v_hat) + eps)");
    }
}
