package dlecon.api.e3;

/**
 * Output functions applied row-wise to the last layer's pre-activations a (one row per sample):
 * <ul>
 *   <li>IDENTITY: y = a (regression); backward dE/da = dE/dy</li>
 *   <li>LOGISTIC: y_k = 1 / (1 + exp(-a_k)) (independent binary outputs, without overflow as the sigmoid of
 *   {@link ActivationKind}); backward dE/da_k = y_k (1 - y_k) dE/dy_k</li>
 *   <li>SOFTMAX: y_k = exp(a_k - max_j a_j) / sum_j exp(a_j - max_j a_j) (one class of K; the shift by the row
 *   maximum keeps it from overflowing, so logits near +-1000 give finite probabilities); backward with the full
 *   Jacobian dE/da_k = y_k (dE/dy_k - sum_j y_j dE/dy_j)</li>
 * </ul>
 * Values are compared with the formulas up to rounding (a few units of 1e-16 relative).
 */
public enum OutputKind {
    IDENTITY, LOGISTIC, SOFTMAX
}
